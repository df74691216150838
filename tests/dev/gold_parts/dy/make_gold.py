"""Write gold part ``dy`` (a blind set: 郑州's districts, county-level cities, county and zones, 2022–2025) from the
tables below.

Pages ``tests/dev/texts/dy*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 郑州日报 digital edition (zzrb.zynews.cn, 2022: ``第01版:封面
4下一版``, the list of the edition's headlines, ``返回主页 | 郑州日报 | 版面导航 | 郑州晚报``, ``上一期 下一期``, ``本报讯
(郑报全媒体记者 孙… 张…)``, ``省委常委、市委书记``); 郑州日报 of 2021 on a 市委常委's 调研 in 登封 (``到登封市，就…进行调研``,
town and river sites); 郑州晚报's district editions (``第X02版:新郑时报 政务``, a 新郑 ``擂台赛”观摩活动`` led by the
``新郑市委书记`` with 16 named projects; ``第L02版:航空港时报``, ``郑州市委常委，航空港实验区党工委书记、管委会主任…，党工委
专职副书记…，管委会副主任…陪同``; ``第G02版`` of 高新区 with ``高新区党工委副书记、管委会常务副主任``; an older A08 page of a
市委常委 visiting 中牟县 projects); the 中原网 item of the 航空港实验区 cadre meeting (``省委决定：…任航空港实验区党工委书记``);
the zhengzhou.gov.cn 重点项目 page (``郑州市重点项目建设 工作动态 新闻中心 正文``, ``来源:新郑市 发布时间:2022-03-14 17:35``,
``郑州市委副书记…带队到新郑市调研``, ``打印此文 关闭窗口``, ``党政机关网站标识``, ``网站标识码``, ``豫ICP备``, ``豫公网安备``); the
郑州市发展改革委 page on 郑东新区 片区 (``郑东新区先进制造业开发区党工委书记、管委会主任``); the 中牟县 site (``当前位置: 首页 新闻中心
政务要闻 正文``, ``来源:中牟县人民政府 时间:2021-09-22 16:32``, a 县长's 调研 of a 小微企业园); the 巩义市 site (a visiting
考察团, ``我市领导…参加活动``); a 航空港区 item of 2024 (``郑州航空港区党工委副书记、管委会主任``, the short form 航空港区); a
新乡经开区 site (``区党工委书记…，管委会副主任…陪同调研``, ``分享到``) for a zone's bare organs; a 新密 site item (``市委副书记、
市长…主持召开…推进会``). Places are real (郑州 and its 金水区, 惠济区, 中牟县, 登封市, 巩义市, 新郑市, 郑州经开区, 郑东新区,
郑州高新区, 郑州航空港经济综合实验区, their towns, streets and 办事处).

Shapes: a district site's 区委书记 调研 with the 区长, 常务副区长, a street's 党工委书记 and a 街道办事处主任 (dy01); a zone site's
quarterly 观摩 with 党工委 / 管委会 / 纪工委 chains, two 办事处 heads and a 点评会 (dy02); the county site of a 郑州 副市长's 调研
with a 市政府副秘书长 and the county's 书记 / 县长 / 常委、副县长 (dy03); a county-level city site's 观摩 with its 四个班子 (bare
``市委书记``, ``市人大常委会主任``, ``市政协主席``), town heads and a 讲评会 (dy04); the 航空港区 site (``郑州航空港区党工委副书记、
管委会主任``) of an 调研 and a 推进会 with 办事处 heads (dy05); the 郑州日报 第02版 with two articles: the 市长's 调研 of 郑东新区
and 经开区 with both zones' heads, and a 惠济区 推进会 with bare 区委 (dy06); the 高新区 site's 防汛 调研 by its new 党工委书记
(dy07); a 郑州发布 WeChat post (``郑州发布 2025年02月18日 19:26 河南``, ``来源：郑州日报``, ``阅读``, ``在看``) of the 市委书记
in 中牟县 (dy08); the 巩义市 site of a 郑州 副市长's 调研 (dy09); the 新郑市 site of a 联席会议 with the 航空港区 (dy10).

Identity cases:
- dy:蔺海舟, a district's 区长 who becomes a zone's 党工委书记: 金水区委副书记、区长 in Sept 2022 (dy01); 高新区党工委书记 in
  June 2024 (dy07).
- dy:栾晓光 moves between zones: 郑州经开区 党工委委员、管委会副主任 in Nov 2022 (dy02); 郑东新区 党工委副书记、管委会主任 in
  March 2024 (dy06).
- dy:祁东明: 郑州经开区 党工委副书记、管委会主任 in Nov 2022 (dy02); 经开区党工委书记 in March 2024 (dy06); his successor as
  管委会主任, dy:娄振林, in 2024 and 2025 (dy06, dy08).
- dy:庞世杰: 中牟县委副书记、县长 in June 2022 (dy03); 中牟县委书记 in Feb 2025 (dy08).
- dy:晏振华, a county-level city's 书记 who becomes a city's 副市长: 登封市委书记 (bare ``市委书记`` on the 登封 site) in April 2023
  (dy04); 郑州市副市长 visiting 巩义 in May 2025 (dy09).
- dy:郗明亮: 航空港区 管委会副主任 in Sept 2023 (dy05); 党工委委员、管委会副主任 in Oct 2024 (dy10).
- two different 韦思成 in unrelated places: dy:韦思成#1 is 郑州航空港区 党工委委员、管委会副主任 (dy05, 2023); dy:韦思成#2 is
  巩义市米河镇党委书记 (dy09, 2025).
- one organ name in several places: bare ``市委书记`` is 登封's (dy04), 巩义's (dy09) and 新郑's (dy10) on those cities' sites and
  郑州's in the city's own paper and post (``省委常委、市委书记``, dy08); bare ``区委书记`` is 金水区's (dy01) and 惠济区's (dy06,
  in the city paper under an article of 惠济区); bare ``党工委书记`` / ``管委会主任`` are 郑州经开区's (dy02), 郑东新区's (dy06 A1,
  after ``郑东新区党工委书记``), 航空港区's (dy05) and 高新区's (dy07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts a, h, bq where they speak; decided here where they are silent):
- Zone labels: 郑州经济技术开发区 / bare 经开区 on 郑州 pages → ``郑州经开区``; bare 高新区 on the 郑州高新技术产业开发区 site →
  ``郑州高新区``; 郑东新区 as written (as part i). DECIDED HERE: 郑州航空港经济综合实验区, written ``郑州航空港区`` / ``航空港区`` /
  ``港区`` on 2023–2024 pages, has the label ``郑州航空港实验区`` (CONVENTIONS's example and part a's label), not a new label
  from the short form 航空港区.
- Bare organs take the page's place: ``区委`` on the 金水区 site = 金水区委; in the 郑州日报 article of 惠济区 = 惠济区委; ``市委``
  on the 登封 / 巩义 / 新郑 sites = that county-level city's; ``市委`` / ``市长`` / ``副市长`` / ``市政府秘书长`` in the 郑州日报 and
  the 郑州发布 post = 郑州's; ``省委常委`` in a 郑州 page = 河南省委 常委. ``市委常委、秘书长`` → 郑州市委 常委 + 郑州市委 秘书长 (as
  ak and bs: 秘书长 after the 委's title is the 委's).
- Zone chains: ``党工委副书记、管委会主任`` → zone 党工委 副书记 + zone 管委会 主任; ``党工委委员、纪工委书记`` → zone 党工委 委员 +
  zone 纪工委 书记 (as bq); ``管委会副主任`` alone → zone 管委会 副主任.
- DECIDED HERE: a zone's 办事处 (郑州经开区's 九龙 / 京航, 航空港区's 龙港 / 滨河, 高新区's 沟赵 / 石佛) takes the zone label as
  bq's 托管 towns do: ``九龙办事处党工委书记`` → 郑州经开区九龙办事处党工委 书记; ``京航办事处主任`` → 郑州经开区京航办事处 主任
  (主任 of the 办事处, as 街道办事处 主任 in parts aa, av, ba). A district's 街道 takes the district label: 金水区花园路街道党工委,
  金水区丰庆路街道办事处. Towns of a county / county-level city: 中牟县官渡镇党委, 登封市大冶镇党委, 登封市告成镇政府 (镇长),
  巩义市回郭镇政府, 巩义市米河镇党委, 新郑市龙湖镇党委, 新郑市薛店镇党委.
- 市四个班子领导, 区直 / 市直 responsible persons, 主要负责同志 are no posts. Company roles none here.
- One line per post per article; a person named in two articles of one page would have a line in each (none here).
- Events: 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排 / 通报
  speakers); the 观摩 is a ``site observation`` and the 点评会 / 讲评会 after it a meeting of its own (CONVENTIONS); a 推进会 /
  联席会议 is a meeting (chair only when 主持; 出席 attendees). DECIDED HERE: when an 调研 is followed by ``在随后召开的推进会上``
  (dy05), the 推进会 is its own meeting with no chair (the text does not say 主持) and the 参加 persons of the lead are attendees
  of the 调研 only; their 通报 / 作了安排 at the 推进会 make them its speakers.
- Bylines: ``本报讯（郑报全媒体记者 …）`` and ``（郑报全媒体记者 …）`` at a post's end are reporter lines, ``通讯员`` correspondent;
  编辑 / 责任编辑 / 本版责编 / 校对 / 审核 are editor lines (the dy06 page's 本版责编 and 校对 sit in its last article's span).
- Projects are works inspected, reported or to be pushed, named as written with their town / street / zone prefix (as bq and bs);
  产业园 (phase) ``industrial_park``; 老旧小区改造 and 安置房 / 安置社区 ``housing_project``; roads, 管廊, 路网, 互通立交, 污水处理厂,
  供水 and 测试场 ``infrastructure_project``; 物流 / 集疏运 centres ``logistics_hub``; 生态修复, 文化公园, 河 提升 works
  ``greening_project``; flood control of rivers ``engineering_work``; 城市更新一期, 研学基地, 智算中心, 整车生产基地, 文化片区 ``project``.
  Generic phrases (新郑国际机场周边道路, 生态廊道, 汽车产业走廊, 小麦机收) are no projects.
- Places: one line per name per file, as written (经开区, 高新区, 航空港区, 港区, 郑州航空港区); places inside titles, organ references
  and project names count; site lines, mastheads, 来源 lines, headline lists of the edition, footers, addresses and 上一篇 / 下一篇
  are not annotated. DECIDED HERE: 中牟汽车产业集聚区 is a place (``industrial_zone``, as part a), not a project; 陆港片区,
  中原科技城, 龙湖金融岛, 双鹤湖科创城, 中牟新区, 黄河滩区 and street 片区 are ``area``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

JKQ, GXQ, ZD, HKG = "郑州经开区", "郑州高新区", "郑东新区", "郑州航空港实验区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dy01_jinshui.txt": (2022, "发布时间：2022-09-07 17:46", "金水区", [
        ("郜文翰调研城市更新和重点民生项目建设", "9月6日", "2022-09-06", "9月6日，区委书记",
         "district site: the 区委书记's 调研 of 城市更新 with the 区长 (蔺海舟), 常务副区长, a street 党工委书记 and a 街道办事处主任")]),
    "dy02_jingkaiqu.txt": (2022, "发布时间：2022-11-17 18:05", JKQ, [
        ("经开区开展第四季度重点项目观摩点评活动", "11月16日", "2022-11-16", "11月16日，经开区开展",
         "zone site: quarterly 观摩 with 党工委 / 管委会 / 纪工委 chains and two 办事处 heads; 点评会")]),
    "dy03_zhongmou.txt": (2022, "时间：2022-06-10 18:12", "中牟县", [
        ("郑州市副市长仇宏达到我县调研“三夏”生产和汽车产业发展工作", "6月9日", "2022-06-09", "6月9日，郑州市副市长",
         "county site: a 郑州 副市长's 调研 with a 市政府副秘书长, the 县委书记, 县长 (庞世杰), 常委、副县长, a town secretary")]),
    "dy04_dengfeng.txt": (2023, "发布日期：2023-04-13", "登封市", [
        ("我市开展2023年第一季度重点项目观摩活动", "4月12日", "2023-04-12", "4月12日，我市开展",
         "county-level city site: 观摩 with the 四个班子 (bare 市委书记 晏振华), town heads; 讲评会")]),
    "dy05_hangkonggang.txt": (2023, "2023-09-22 17:05", HKG, [
        ("郦志强调研陆港片区重点项目并召开推进会", "9月21日", "2023-09-21", "9月21日，郑州航空港区",
         "航空港区 site: the 管委会主任's 调研 and 推进会; 韦思成#1; 办事处 heads")]),
    "dy06_zhengzhou.txt": (2024, "2024年03月21日　星期四", "郑州市", [
        ("闵建峰到郑东新区、经开区调研时强调", "3月20日", "2024-03-20", "本报讯（郑报全媒体记者 黎敏）3月20日",
         "city paper 第02版: the 市长's 调研 of 郑东新区 (栾晓光 now 管委会主任) and 经开区 (祁东明 now 党工委书记)"),
        ("以黄河滩区生态保护带动文旅融合发展", "3月19日", "2024-03-19", "本报讯（郑报全媒体记者 房嘉怡",
         "city paper: a 惠济区 推进会 with bare 区委书记 / 区长 / 区委常委")]),
    "dy07_gaoxinqu.txt": (2024, "发布时间：2024-06-14 16:38", GXQ, [
        ("蔺海舟调研防汛备汛和重点项目建设工作", "6月13日", "2024-06-13", "6月13日，高新区党工委书记",
         "zone site: the new 党工委书记 (the former 金水区长)'s 防汛 调研 with 办事处 heads")]),
    "dy08_zhongmou.txt": (2025, "2025年02月18日 19:26", "中牟县", [
        ("简宏远在中牟县调研时强调 做强新能源汽车产业 高标准推进中牟新区建设", "2月17日", "2025-02-17", "2月17日，省委常委",
         "郑州发布 post: the 市委书记's 调研 in 中牟县; 庞世杰 now 县委书记; the 经开区 管委会主任")]),
    "dy09_gongyi.txt": (2025, "发布时间：2025-05-22 18:20", "巩义市", [
        ("郑州市副市长晏振华到我市调研铝加工产业和防汛备汛工作", "5月21日", "2025-05-21", "5月21日，郑州市副市长",
         "county-level city site: the 郑州 副市长 (the former 登封市委书记)'s 调研; bare 市委 = 巩义's; 韦思成#2")]),
    "dy10_xinzheng.txt": (2024, "发布日期：2024-10-16 09:40", "新郑市", [
        ("新郑市与郑州航空港区召开港城融合发展联席会议", "10月15日", "2024-10-15", "10月15日，新郑市与",
         "county-level city site: 联席会议 with the 航空港区; bare 市委书记 = 新郑's; town secretaries")]),
}

_D05L = "郑州航空港区党工委副书记、管委会主任郦志强"
_D10X = "郑州航空港区党工委委员、管委会副主任郗明亮"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 金水区 / 郑州高新区
    "dy:郜文翰": ("郜文翰", "official", "金水区", [
        ("dy01", "金水区委", "书记", "区委书记郜文翰带队调研", "bare 区委 on the 金水区 site; named in the headline too")], []),
    "dy:蔺海舟": ("蔺海舟", "official", "郑州市", [
        ("dy01", "金水区委", "副书记", "区委副书记、区长蔺海舟", "2022-09 (identity case: 高新区党工委书记 in 2024, dy07)"),
        ("dy01", "金水区政府", "区长", "区委副书记、区长蔺海舟", None),
        ("dy07", GXQ + "党工委", "书记", "高新区党工委书记蔺海舟带队调研", "2024-06: a district's 区长 now a zone's 党工委书记")], []),
    "dy:阮晓岚": ("阮晓岚", "official", "金水区", [
        ("dy01", "金水区委", "常委", "区委常委、常务副区长阮晓岚", None),
        ("dy01", "金水区政府", "常务副区长", "区委常委、常务副区长阮晓岚", None)], []),
    "dy:訾鹏飞": ("訾鹏飞", "official", "金水区", [
        ("dy01", "金水区政府", "副区长", "副区长訾鹏飞参加调研", None)], []),
    "dy:甘明哲": ("甘明哲", "official", "金水区", [
        ("dy01", "金水区花园路街道党工委", "书记", "花园路街道党工委书记甘明哲", None)], []),
    "dy:龚若溪": ("龚若溪", "official", "金水区", [
        ("dy01", "金水区丰庆路街道办事处", "主任", "丰庆路街道办事处主任龚若溪", None)], []),
    "dy:边立华": ("边立华", "official", GXQ, [
        ("dy07", GXQ + "党工委", "副书记", "党工委副书记、管委会主任边立华", None),
        ("dy07", GXQ + "管委会", "主任", "党工委副书记、管委会主任边立华", None)], []),
    "dy:应晓川": ("应晓川", "official", GXQ, [
        ("dy07", GXQ + "党工委", "委员", "党工委委员、管委会副主任应晓川", None),
        ("dy07", GXQ + "管委会", "副主任", "党工委委员、管委会副主任应晓川", None)], []),
    "dy:谈佳慧": ("谈佳慧", "official", GXQ, [
        ("dy07", GXQ + "沟赵办事处党工委", "书记", "沟赵办事处党工委书记谈佳慧", "DECIDED HERE: a zone's 办事处 takes the zone label")], []),
    "dy:亓振宇": ("亓振宇", "official", GXQ, [
        ("dy07", GXQ + "石佛办事处", "主任", "石佛办事处主任亓振宇", None)], []),
    # ---- 郑州经开区 / 郑东新区
    "dy:屈振邦": ("屈振邦", "official", JKQ, [
        ("dy02", JKQ + "党工委", "书记", "党工委书记屈振邦", "bare 党工委 on the 经开区 site")], []),
    "dy:祁东明": ("祁东明", "official", JKQ, [
        ("dy02", JKQ + "党工委", "副书记", "党工委副书记、管委会主任祁东明", "2022-11 (identity case: 党工委书记 in 2024, dy06)"),
        ("dy02", JKQ + "管委会", "主任", "党工委副书记、管委会主任祁东明", None),
        ("dy06", JKQ + "党工委", "书记", "经开区党工委书记祁东明", "2024-03: bare 经开区 in the 郑州日报 = 郑州经开区")], []),
    "dy:栾晓光": ("栾晓光", "official", "郑州市", [
        ("dy02", JKQ + "党工委", "委员", "党工委委员、管委会副主任栾晓光", "2022-11 (identity case: 郑东新区 管委会主任 in 2024, dy06)"),
        ("dy02", JKQ + "管委会", "副主任", "党工委委员、管委会副主任栾晓光", None),
        ("dy06", ZD + "党工委", "副书记", "党工委副书记、管委会主任栾晓光", "2024-03: the chain right after 郑东新区党工委书记 is 郑东新区's"),
        ("dy06", ZD + "管委会", "主任", "党工委副书记、管委会主任栾晓光", None)], []),
    "dy:宓秀英": ("宓秀英", "official", JKQ, [
        ("dy02", JKQ + "党工委", "委员", "党工委委员、纪工委书记宓秀英", None),
        ("dy02", JKQ + "纪工委", "书记", "党工委委员、纪工委书记宓秀英", "the zone's 纪工委 (as bq)")], []),
    "dy:查立国": ("查立国", "official", JKQ, [
        ("dy02", JKQ + "九龙办事处党工委", "书记", "九龙办事处党工委书记查立国", "DECIDED HERE: a zone's 办事处 takes the zone label")], []),
    "dy:苑春雷": ("苑春雷", "official", JKQ, [
        ("dy02", JKQ + "京航办事处", "主任", "京航办事处主任苑春雷", None)], []),
    "dy:燕卓然": ("燕卓然", "official", ZD, [
        ("dy06", ZD + "党工委", "书记", "郑东新区党工委书记燕卓然", None)], []),
    "dy:娄振林": ("娄振林", "official", JKQ, [
        ("dy06", JKQ + "党工委", "副书记", "党工委副书记、管委会主任娄振林", "2024-03: after 经开区党工委书记祁东明, the 经开区's; succeeds 祁东明 as 管委会主任"),
        ("dy06", JKQ + "管委会", "主任", "党工委副书记、管委会主任娄振林", None),
        ("dy08", JKQ + "党工委", "副书记", "经开区党工委副书记、管委会主任娄振林", "2025-02: the same posts"),
        ("dy08", JKQ + "管委会", "主任", "经开区党工委副书记、管委会主任娄振林", None)], []),
    # ---- 中牟县
    "dy:仇宏达": ("仇宏达", "official", "郑州市", [
        ("dy03", "郑州市政府", "副市长", "郑州市副市长仇宏达带队", "named in the headline too")], []),
    "dy:窦明哲": ("窦明哲", "official", "郑州市", [
        ("dy03", "郑州市政府", "副秘书长", "郑州市政府副秘书长窦明哲", None)], []),
    "dy:冀文澜": ("冀文澜", "official", "中牟县", [
        ("dy03", "中牟县委", "书记", "县委书记冀文澜", "bare 县委 on the 中牟县 site")], []),
    "dy:庞世杰": ("庞世杰", "official", "中牟县", [
        ("dy03", "中牟县委", "副书记", "县委副书记、县长庞世杰", "2022-06 (identity case: 县委书记 in 2025, dy08)"),
        ("dy03", "中牟县政府", "县长", "县委副书记、县长庞世杰", None),
        ("dy08", "中牟县委", "书记", "中牟县委书记庞世杰", "2025-02: now 县委书记")], []),
    "dy:喻海滨": ("喻海滨", "official", "中牟县", [
        ("dy03", "中牟县委", "常委", "县委常委、副县长喻海滨", None),
        ("dy03", "中牟县政府", "副县长", "县委常委、副县长喻海滨", None)], []),
    "dy:鲍红梅": ("鲍红梅", "official", "中牟县", [
        ("dy03", "中牟县官渡镇党委", "书记", "官渡镇党委书记鲍红梅", None)], []),
    "dy:简宏远": ("简宏远", "official", "郑州市", [
        ("dy08", "河南省委", "常委", "省委常委、市委书记简宏远", "省委 in a 郑州 page = 河南省委"),
        ("dy08", "郑州市委", "书记", "省委常委、市委书记简宏远", "bare 市委 in the 郑州发布 post = 郑州市委; named in the headline too")], []),
    "dy:饶锦程": ("饶锦程", "official", "郑州市", [
        ("dy08", "郑州市委", "常委", "市委常委、秘书长饶锦程", None),
        ("dy08", "郑州市委", "秘书长", "市委常委、秘书长饶锦程", "秘书长 after 市委常委 = the 市委's")], []),
    "dy:谌立伟": ("谌立伟", "official", "中牟县", [
        ("dy08", "中牟县委", "副书记", "县委副书记、县长谌立伟", "after 中牟县委书记 = 中牟县's; succeeds 庞世杰 as 县长"),
        ("dy08", "中牟县政府", "县长", "县委副书记、县长谌立伟", None)], []),
    # ---- 登封市 / 巩义市
    "dy:晏振华": ("晏振华", "official", "郑州市", [
        ("dy04", "登封市委", "书记", "市委书记晏振华", "2023-04: bare 市委 on the 登封 site (identity case: 郑州市副市长 in 2025, dy09)"),
        ("dy09", "郑州市政府", "副市长", "副市长晏振华到我市调研铝加工产业转型升级", "2025-05: now 郑州市副市长; named in the headline too")], []),
    "dy:钮丽萍": ("钮丽萍", "official", "登封市", [
        ("dy04", "登封市委", "副书记", "市委副书记、市长钮丽萍", None),
        ("dy04", "登封市政府", "市长", "市委副书记、市长钮丽萍", None)], []),
    "dy:闻国庆": ("闻国庆", "official", "登封市", [
        ("dy04", "登封市人大常委会", "主任", "市人大常委会主任闻国庆", None)], []),
    "dy:芮建中": ("芮建中", "official", "登封市", [
        ("dy04", "登封市政协", "主席", "市政协主席芮建中", "``市四个班子领导`` after it is no post")], []),
    "dy:覃思远": ("覃思远", "official", "登封市", [
        ("dy04", "登封市委", "常委", "市委常委、常务副市长覃思远", None),
        ("dy04", "登封市政府", "常务副市长", "市委常委、常务副市长覃思远", None)], []),
    "dy:欧阳振宇": ("欧阳振宇", "official", "登封市", [
        ("dy04", "登封市大冶镇党委", "书记", "在大冶镇，镇党委书记欧阳振宇", "compound surname 欧阳")], []),
    "dy:佘文静": ("佘文静", "official", "登封市", [
        ("dy04", "登封市告成镇政府", "镇长", "在告成镇，镇长佘文静", None)], []),
    "dy:沈一苇": ("沈一苇", "official", "郑州市", [
        ("dy09", "郑州市政府", "副秘书长", "郑州市政府副秘书长沈一苇", None)], []),
    "dy:雍建平": ("雍建平", "official", "巩义市", [
        ("dy09", "巩义市委", "书记", "市委书记雍建平", "bare 市委 on the 巩义 site = 巩义市委 (not 郑州's: the 郑州 visitors are named with 郑州市)")], []),
    "dy:阚丽君": ("阚丽君", "official", "巩义市", [
        ("dy09", "巩义市委", "副书记", "市委副书记、市长阚丽君", None),
        ("dy09", "巩义市政府", "市长", "市委副书记、市长阚丽君", None)], []),
    "dy:练志勇": ("练志勇", "official", "巩义市", [
        ("dy09", "巩义市委", "常委", "市委常委、副市长练志勇", None),
        ("dy09", "巩义市政府", "副市长", "市委常委、副市长练志勇", None)], []),
    "dy:桑晓萌": ("桑晓萌", "official", "巩义市", [
        ("dy09", "巩义市回郭镇政府", "镇长", "在回郭镇，镇长桑晓萌", None)], []),
    "dy:韦思成#2": ("韦思成", "official", "巩义市", [
        ("dy09", "巩义市米河镇党委", "书记", "在米河镇，镇党委书记韦思成", "巩义 (2025); not the 韦思成 of the 航空港区 (dy05)")], []),
    # ---- 郑州航空港区 / 新郑市
    "dy:郦志强": ("郦志强", "official", HKG, [
        ("dy05", HKG + "党工委", "副书记", _D05L, "DECIDED HERE: 郑州航空港区 → 郑州航空港实验区; named in the headline too"),
        ("dy05", HKG + "管委会", "主任", _D05L, None)], []),
    "dy:韦思成#1": ("韦思成", "official", HKG, [
        ("dy05", HKG + "党工委", "委员", "党工委委员、管委会副主任韦思成", "航空港区 (2023); not the 韦思成 of 巩义市米河镇 (dy09)"),
        ("dy05", HKG + "管委会", "副主任", "党工委委员、管委会副主任韦思成", None)], []),
    "dy:郗明亮": ("郗明亮", "official", HKG, [
        ("dy05", HKG + "管委会", "副主任", "管委会副主任郗明亮参加", "2023-09 (identity case: also 党工委委员 in 2024, dy10)"),
        ("dy10", HKG + "党工委", "委员", _D10X, "2024-10: on the 新郑 site, named with the zone"),
        ("dy10", HKG + "管委会", "副主任", _D10X, None)], []),
    "dy:冼丽华": ("冼丽华", "official", HKG, [
        ("dy05", HKG + "龙港办事处党工委", "书记", "龙港办事处党工委书记冼丽华", None)], []),
    "dy:桂永强": ("桂永强", "official", HKG, [
        ("dy05", HKG + "滨河办事处", "主任", "滨河办事处主任桂永强", None)], []),
    "dy:戈振东": ("戈振东", "official", "新郑市", [
        ("dy10", "新郑市委", "书记", "市委书记戈振东", "bare 市委 on the 新郑 site = 新郑市委")], []),
    "dy:栗文娟": ("栗文娟", "official", "新郑市", [
        ("dy10", "新郑市委", "副书记", "市委副书记、市长栗文娟", None),
        ("dy10", "新郑市政府", "市长", "市委副书记、市长栗文娟", None)], []),
    "dy:祝昊天": ("祝昊天", "official", "新郑市", [
        ("dy10", "新郑市龙湖镇党委", "书记", "龙湖镇党委书记祝昊天", None)], []),
    "dy:卜晓东": ("卜晓东", "official", "新郑市", [
        ("dy10", "新郑市薛店镇党委", "书记", "薛店镇党委书记卜晓东", None)], []),
    # ---- 郑州市 / 惠济区 (dy06)
    "dy:闵建峰": ("闵建峰", "official", "郑州市", [
        ("dy06", "郑州市委", "副书记", "市委副书记、市长闵建峰到郑东新区", "bare 市委 in the 郑州日报 = 郑州市委"),
        ("dy06", "郑州市政府", "市长", "市委副书记、市长闵建峰到郑东新区", None)], []),
    "dy:邝文涛": ("邝文涛", "official", "郑州市", [
        ("dy06", "郑州市政府", "副市长", "副市长邝文涛", None)], []),
    "dy:宣立群": ("宣立群", "official", "郑州市", [
        ("dy06", "郑州市政府", "秘书长", "市政府秘书长宣立群", None)], []),
    "dy:郁德润": ("郁德润", "official", "惠济区", [
        ("dy06", "惠济区委", "书记", "区委书记郁德润出席会议并讲话", "bare 区委 in the city paper's article of 惠济区 = 惠济区委")], []),
    "dy:邴雪松": ("邴雪松", "official", "惠济区", [
        ("dy06", "惠济区委", "副书记", "区委副书记、区长邴雪松主持会议", None),
        ("dy06", "惠济区政府", "区长", "区委副书记、区长邴雪松主持会议", None)], []),
    "dy:霍启明": ("霍启明", "official", "惠济区", [
        ("dy06", "惠济区委", "常委", "区委常委、副区长霍启明", None),
        ("dy06", "惠济区政府", "副区长", "区委常委、副区长霍启明", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dy01", "郝雯静", "责任编辑", "editor", "责任编辑：郝雯静"),
    ("dy02", "焦若琳", "编辑", "editor", "编辑：焦若琳"),
    ("dy02", "鲁嘉懿", "审核", "editor", "审核：鲁嘉懿"),
    ("dy04", "翟雅楠", "责任编辑", "editor", "责任编辑：翟雅楠"),
    ("dy05", "殷梦瑶", "编辑", "editor", "编辑：殷梦瑶"),
    ("dy06", "黎敏", "记者", "reporter", "本报讯（郑报全媒体记者 黎敏）"),
    ("dy06", "房嘉怡", "记者", "reporter", "本报讯（郑报全媒体记者 房嘉怡 通讯员 胥佳宁）"),
    ("dy06", "胥佳宁", "通讯员", "correspondent", "本报讯（郑报全媒体记者 房嘉怡 通讯员 胥佳宁）"),
    ("dy06", "武晓霏", "本版责编", "editor", "本版责编：武晓霏"),
    ("dy06", "柯一帆", "校对", "editor", "校对：柯一帆"),
    ("dy07", "申晓彤", "责任编辑", "editor", "责任编辑：申晓彤"),
    ("dy08", "阎书瑶", "记者", "reporter", "（郑报全媒体记者 阎书瑶）"),
    ("dy08", "詹书豪", "编辑", "editor", "编辑：詹书豪"),
    ("dy08", "蒲世安", "审核", "editor", "审核：蒲世安"),
    ("dy09", "秦若冰", "责任编辑", "editor", "责任编辑：秦若冰"),
    ("dy10", "尚慧敏", "编辑", "editor", "编辑：尚慧敏"),
    ("dy10", "牛子墨", "审核", "editor", "审核：牛子墨"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("dy01", "城市更新和重点民生项目建设调研", "inspection (调研)", "9月6日", None, "郜文翰", [],
     ["蔺海舟", "阮晓岚", "訾鹏飞"], ["甘明哲", "龚若溪", "郜文翰", "蔺海舟", "阮晓岚"], "金水区",
     "区委书记郜文翰带队调研城市更新和重点民生项目建设情况",
     ["区委书记郜文翰带队调研", "副区长訾鹏飞参加调研", "甘明哲介绍了", "龚若溪汇报了", "郜文翰指出", "蔺海舟要求",
      "阮晓岚就金水河综合提升工程的汛后施工组织作了安排"]),
    ("dy02", "第四季度重点项目观摩点评活动", "site observation (观摩活动)", "11月16日", None, None, [JKQ],
     ["屈振邦", "祁东明", "栾晓光", "宓秀英"], ["查立国", "苑春雷"], "九龙办事处、京航办事处",
     "11月16日，经开区开展第四季度重点项目观摩点评活动",
     ["党工委书记屈振邦", "纪工委书记宓秀英，各办事处党政主要负责同志", "九龙办事处党工委书记查立国、京航办事处主任苑春雷分别介绍了"]),
    ("dy02", "点评会", "meeting (点评会)", "11月16日", None, None, [JKQ],
     [], ["栾晓光", "祁东明", "屈振邦", "宓秀英"], None,
     "观摩结束后，经开区召开点评会",
     ["栾晓光通报了", "祁东明就冲刺四季度目标作了安排", "屈振邦在点评时强调", "宓秀英就项目建设领域的作风监督提出要求"]),
    ("dy03", "“三夏”生产和汽车产业发展调研", "inspection (调研)", "6月9日", None, "仇宏达", [],
     ["窦明哲", "冀文澜", "庞世杰", "喻海滨"], ["鲍红梅", "仇宏达", "庞世杰", "冀文澜"], "中牟县",
     "郑州市副市长仇宏达带队到我县调研“三夏”生产和汽车产业发展工作",
     ["郑州市副市长仇宏达带队到我县", "副县长喻海滨陪同调研", "鲍红梅汇报了", "仇宏达要求", "庞世杰汇报了", "仇宏达指出", "冀文澜表示"]),
    ("dy04", "2023年第一季度重点项目观摩活动", "site observation (观摩活动)", "4月12日", None, None, ["登封市"],
     ["晏振华", "钮丽萍", "闻国庆", "芮建中"], ["欧阳振宇", "佘文静"], "大冶镇、告成镇、卢店镇",
     "4月12日，我市开展2023年第一季度重点项目观摩活动",
     ["市委书记晏振华", "市政协主席芮建中等市四个班子领导", "镇党委书记欧阳振宇介绍了", "镇长佘文静汇报了"]),
    ("dy04", "讲评会", "meeting (讲评会)", "4月12日", None, None, ["登封市"],
     [], ["覃思远", "钮丽萍", "晏振华"], None,
     "观摩结束后，我市召开讲评会",
     ["常务副市长覃思远通报了", "钮丽萍就二季度项目开工和要素保障作了安排", "晏振华在讲评时强调"]),
    ("dy05", "陆港片区重点项目建设调研", "inspection (调研)", "9月21日", None, "郦志强", [],
     ["韦思成", "郗明亮"], ["冼丽华", "桂永强"], "陆港片区",
     "管委会主任郦志强带队调研陆港片区重点项目建设情况",
     ["管委会主任郦志强带队调研", "管委会副主任郗明亮参加", "冼丽华汇报了", "桂永强介绍了"]),
    ("dy05", "陆港片区重点项目推进会", "meeting (推进会)", "9月21日", None, None, [],
     [], ["韦思成", "郗明亮", "郦志强"], None,
     "在随后召开的推进会上，韦思成通报了陆港片区1—8月份项目投资完成情况",
     ["韦思成通报了", "郗明亮就项目用地报批和专项债券资金使用作了安排", "郦志强强调"]),
    ("dy06", "郑东新区、经开区科技创新和先进制造业发展调研", "inspection (调研)", "3月20日", None, "闵建峰", [],
     ["邝文涛", "宣立群"], ["燕卓然", "栾晓光", "祁东明", "娄振林", "闵建峰", "邝文涛"], "郑东新区、经开区",
     "市委副书记、市长闵建峰到郑东新区、经开区调研科技创新和先进制造业发展工作",
     ["市长闵建峰到郑东新区、经开区调研", "市政府秘书长宣立群参加调研", "郑东新区党工委书记燕卓然", "管委会主任栾晓光汇报了",
      "经开区党工委书记祁东明", "管委会主任娄振林介绍了", "闵建峰指出", "邝文涛就做好企业服务和要素保障作了安排"]),
    ("dy06", "黄河滩区生态保护和文旅融合重点项目推进会", "meeting (推进会)", "3月19日", "邴雪松", None, ["惠济区"],
     ["郁德润"], ["郁德润", "霍启明", "邴雪松"], None,
     "惠济区召开黄河滩区生态保护和文旅融合重点项目推进会",
     ["区委书记郁德润出席会议并讲话", "区长邴雪松主持会议", "霍启明通报了", "郁德润强调", "邴雪松要求"]),
    ("dy07", "防汛备汛和重点项目建设调研", "inspection (调研)", "6月13日", None, "蔺海舟", [],
     ["边立华", "应晓川"], ["谈佳慧", "亓振宇", "蔺海舟", "边立华", "应晓川"], "高新区",
     "高新区党工委书记蔺海舟带队调研防汛备汛和重点项目建设工作",
     ["高新区党工委书记蔺海舟带队调研", "管委会副主任应晓川参加调研", "谈佳慧汇报了", "亓振宇介绍了", "蔺海舟强调", "边立华要求",
      "应晓川就汛期在建工程安全生产检查作了安排"]),
    ("dy08", "新能源汽车产业发展和中牟新区建设调研", "inspection (调研)", "2月17日", None, "简宏远", [],
     ["饶锦程"], ["庞世杰", "谌立伟", "娄振林", "简宏远"], "中牟县",
     "省委常委、市委书记简宏远到中牟县调研新能源汽车产业发展和中牟新区建设工作",
     ["市委书记简宏远到中牟县调研", "秘书长饶锦程参加调研", "中牟县委书记庞世杰汇报了", "县长谌立伟介绍了", "管委会主任娄振林介绍了", "简宏远指出"]),
    ("dy09", "铝加工产业转型升级和防汛备汛调研", "inspection (调研)", "5月21日", None, "晏振华", [],
     ["沈一苇", "雍建平", "阚丽君", "练志勇"], ["桑晓萌", "韦思成", "晏振华", "雍建平", "阚丽君"], "巩义市",
     "郑州市副市长晏振华到我市调研铝加工产业转型升级和防汛备汛工作",
     ["副市长晏振华到我市调研铝加工产业转型升级", "副市长练志勇陪同调研", "镇长桑晓萌介绍了", "镇党委书记韦思成汇报了", "晏振华指出",
      "雍建平表示", "阚丽君就防汛物资储备和在建工程度汛作了安排"]),
    ("dy10", "港城融合发展联席会议", "meeting (联席会议)", "10月15日", "栗文娟", None, ["新郑市", HKG],
     ["戈振东", "郗明亮"], ["戈振东", "郗明亮", "祝昊天", "卜晓东", "栗文娟"], None,
     "新郑市与郑州航空港区召开港城融合发展联席会议，研究推进",
     ["市委书记戈振东", "管委会副主任郗明亮出席会议并讲话", "市长栗文娟主持会议", "祝昊天介绍了", "卜晓东汇报了", "郗明亮表示",
      "戈振东强调", "栗文娟要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dy01", "花园路街道农科路片区老旧小区改造项目", "housing_project", "花园路街道农科路片区老旧小区改造项目"),
    ("dy01", "丰庆路街道北林路片区城市更新一期项目", "project", "丰庆路街道北林路片区城市更新一期项目"),
    ("dy01", "金水河（黄河路至东风路段）综合提升工程", "greening_project", "金水河（黄河路至东风路段）综合提升工程现场"),
    ("dy02", "九龙办事处国际物流园区冷链仓储二期项目", "logistics_hub", "九龙办事处国际物流园区冷链仓储二期项目"),
    ("dy02", "京航办事处智能传感器产业园一期", "industrial_park", "京航办事处智能传感器产业园一期"),
    ("dy02", "经开区第二污水处理厂扩建工程", "infrastructure_project", "经开区第二污水处理厂扩建工程等8个项目"),
    ("dy03", "汽车电子产业园二期", "industrial_park", "察看了汽车电子产业园二期"),
    ("dy03", "郑开大道东延（中牟段）改造工程", "infrastructure_project", "郑开大道东延（中牟段）改造工程"),
    ("dy04", "大冶镇铝精深加工产业园二期", "industrial_park", "大冶镇铝精深加工产业园二期"),
    ("dy04", "告成镇观星台研学基地项目", "project", "告成镇观星台研学基地项目"),
    ("dy04", "嵩山北麓生态修复工程", "greening_project", "嵩山北麓生态修复工程"),
    ("dy04", "卢店镇城乡供水一体化工程", "infrastructure_project", "卢店镇城乡供水一体化工程等12个项目"),
    ("dy05", "郑州国际陆港多式联运集疏运中心项目", "logistics_hub", "郑州国际陆港多式联运集疏运中心项目"),
    ("dy05", "临空汽车零部件产业园一期", "industrial_park", "临空汽车零部件产业园一期"),
    ("dy05", "双鹤湖科创城配套路网工程", "infrastructure_project", "双鹤湖科创城配套路网工程现场"),
    ("dy06", "中原科技城智算中心二期项目", "project", "中原科技城智算中心二期项目"),
    ("dy06", "新能源商用车整车生产基地", "project", "察看了新能源商用车整车生产基地"),
    ("dy06", "经开区智能网联汽车测试场", "infrastructure_project", "经开区智能网联汽车测试场"),
    ("dy06", "花园口黄河文化公园提升工程", "greening_project", "花园口黄河文化公园提升工程"),
    ("dy06", "古荥大运河文化片区二期项目", "project", "古荥大运河文化片区二期项目"),
    ("dy07", "索河高新段综合治理工程", "engineering_work", "索河高新段综合治理工程"),
    ("dy07", "天健湖智联网产业园三期", "industrial_park", "天健湖智联网产业园三期和沟赵办事处"),
    ("dy07", "沟赵办事处安置房三期项目", "housing_project", "沟赵办事处安置房三期项目现场"),
    ("dy08", "中牟汽车产业集聚区新能源整车二期项目", "project", "中牟汽车产业集聚区新能源整车二期项目"),
    ("dy08", "动力电池回收利用产业园", "industrial_park", "动力电池回收利用产业园"),
    ("dy08", "中牟新区起步区综合管廊工程", "infrastructure_project", "中牟新区起步区综合管廊工程"),
    ("dy09", "回郭镇高精度铝板带箔产业园二期", "industrial_park", "回郭镇高精度铝板带箔产业园二期"),
    ("dy09", "米河镇耐材产业园提质改造项目", "industrial_park", "米河镇耐材产业园提质改造项目"),
    ("dy09", "站街镇伊洛河防洪治理工程", "engineering_work", "站街镇伊洛河防洪治理工程"),
    ("dy10", "薛店电子信息产业园三期", "industrial_park", "薛店电子信息产业园三期"),
    ("dy10", "京港澳高速薛店互通立交改造工程", "infrastructure_project", "京港澳高速薛店互通立交改造工程"),
    ("dy10", "龙湖镇安置社区二期", "housing_project", "龙湖镇安置社区二期建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dy01", "金水区", "district", "standalone", "城市更新是金水区最大的发展机遇"),
    ("dy01", "花园路街道", "sub_district_office", "standalone", "先后来到花园路街道农科路片区"),
    ("dy01", "农科路片区", "area", "standalone", "在农科路片区，花园路街道"),
    ("dy01", "丰庆路街道", "sub_district_office", "standalone", "丰庆路街道北林路片区城市更新一期项目"),
    ("dy01", "北林路片区", "area", "standalone", "在北林路片区，丰庆路街道"),
    ("dy01", "金水河", "river", "in_project_name", "金水河（黄河路至东风路段）综合提升工程现场"),
    ("dy01", "黄河路", "road", "in_project_name", "金水河（黄河路至东风路段）综合提升工程现场"),
    ("dy01", "东风路", "road", "in_project_name", "金水河（黄河路至东风路段）综合提升工程现场"),
    ("dy02", "经开区", "development_zone", "standalone", "11月16日，经开区开展"),
    ("dy02", "九龙办事处", "sub_district_office", "standalone", "先后来到九龙办事处国际物流园区"),
    ("dy02", "京航办事处", "sub_district_office", "standalone", "京航办事处智能传感器产业园一期"),
    ("dy02", "国际物流园区", "zone_park", "in_project_name", "九龙办事处国际物流园区冷链仓储二期项目"),
    ("dy03", "郑州市", "city", "in_title", "郑州市副市长仇宏达带队"),
    ("dy03", "官渡镇", "town", "standalone", "首先来到官渡镇小麦机收现场"),
    ("dy03", "中牟汽车产业集聚区", "industrial_zone", "standalone", "在中牟汽车产业集聚区"),
    ("dy03", "郑开大道", "road", "in_project_name", "郑开大道东延（中牟段）改造工程"),
    ("dy03", "中牟", "county", "in_project_name", "郑开大道东延（中牟段）改造工程"),
    ("dy03", "中牟县", "county", "standalone", "中牟县汽车产业基础扎实"),
    ("dy03", "郑州经开区", "development_zone", "standalone", "要主动对接郑州经开区"),
    ("dy04", "大冶镇", "town", "standalone", "在大冶镇，镇党委书记"),
    ("dy04", "告成镇", "town", "standalone", "在告成镇，镇长"),
    ("dy04", "观星台", "heritage_site", "in_project_name", "告成镇观星台研学基地项目"),
    ("dy04", "嵩山", "mountain", "in_project_name", "嵩山北麓生态修复工程"),
    ("dy04", "卢店镇", "town", "in_project_name", "卢店镇城乡供水一体化工程等12个项目"),
    ("dy04", "少林寺", "heritage_site", "standalone", "研学基地与少林寺、中岳庙文旅线路"),
    ("dy04", "中岳庙", "heritage_site", "standalone", "研学基地与少林寺、中岳庙文旅线路"),
    ("dy04", "登封", "county_level_city", "standalone", "推动登封高质量发展"),
    ("dy05", "郑州航空港区", "development_zone", "in_title", _D05L),
    ("dy05", "航空港区", "development_zone", "standalone", "陆港片区是航空港区“四港联动”的重要支点"),
    ("dy05", "陆港片区", "area", "standalone", "带队调研陆港片区重点项目建设情况"),
    ("dy05", "郑州国际陆港", "inland_port", "in_project_name", "郑州国际陆港多式联运集疏运中心项目"),
    ("dy05", "双鹤湖科创城", "area", "in_project_name", "双鹤湖科创城配套路网工程现场"),
    ("dy05", "龙港办事处", "sub_district_office", "in_title", "龙港办事处党工委书记冼丽华"),
    ("dy05", "滨河办事处", "sub_district_office", "in_title", "滨河办事处主任桂永强"),
    ("dy06", "郑东新区", "development_zone", "standalone", "到郑东新区、经开区调研科技创新"),
    ("dy06", "经开区", "development_zone", "standalone", "到郑东新区、经开区调研科技创新"),
    ("dy06", "中原科技城", "area", "standalone", "汇报了中原科技城建设"),
    ("dy06", "龙湖金融岛", "area", "standalone", "智算中心二期项目和龙湖金融岛"),
    ("dy06", "惠济区", "district", "standalone", "3月19日，惠济区召开"),
    ("dy06", "黄河滩区", "area", "standalone", "把黄河滩区的生态治理"),
    ("dy06", "花园口镇", "town", "standalone", "会议听取了花园口镇、古荥镇"),
    ("dy06", "古荥镇", "town", "standalone", "会议听取了花园口镇、古荥镇"),
    ("dy06", "花园口", "area", "in_project_name", "花园口黄河文化公园提升工程"),
    ("dy06", "黄河", "river", "in_project_name", "花园口黄河文化公园提升工程"),
    ("dy06", "古荥", "town", "in_project_name", "古荥大运河文化片区二期项目"),
    ("dy06", "大运河", "canal", "in_project_name", "古荥大运河文化片区二期项目"),
    ("dy07", "高新区", "development_zone", "in_title", "高新区党工委书记蔺海舟带队调研"),
    ("dy07", "索河", "river", "in_project_name", "索河高新段综合治理工程"),
    ("dy07", "天健湖", "lake", "in_project_name", "天健湖智联网产业园三期和沟赵办事处"),
    ("dy07", "沟赵办事处", "sub_district_office", "in_project_name", "沟赵办事处安置房三期项目现场"),
    ("dy07", "石佛办事处", "sub_district_office", "in_title", "石佛办事处主任亓振宇"),
    ("dy08", "中牟县", "county", "standalone", "市委书记简宏远到中牟县调研"),
    ("dy08", "中牟新区", "area", "standalone", "新能源汽车产业发展和中牟新区建设工作"),
    ("dy08", "中牟汽车产业集聚区", "industrial_zone", "in_project_name", "中牟汽车产业集聚区新能源整车二期项目"),
    ("dy08", "中牟", "county", "standalone", "中牟是郑州“东强”的主战场"),
    ("dy08", "郑州", "city", "standalone", "中牟是郑州“东强”的主战场"),
    ("dy08", "经开区", "development_zone", "standalone", "要强化与经开区、郑东新区的产业协同"),
    ("dy08", "郑东新区", "development_zone", "standalone", "要强化与经开区、郑东新区的产业协同"),
    ("dy09", "郑州市", "city", "in_title", "郑州市副市长晏振华到我市调研铝加工产业转型升级"),
    ("dy09", "回郭镇", "town", "standalone", "在回郭镇，镇长"),
    ("dy09", "米河镇", "town", "standalone", "在米河镇，镇党委书记"),
    ("dy09", "站街镇", "town", "in_project_name", "站街镇伊洛河防洪治理工程"),
    ("dy09", "伊洛河", "river", "standalone", "要压实伊洛河、黄河沿线防汛责任"),
    ("dy09", "黄河", "river", "standalone", "要压实伊洛河、黄河沿线防汛责任"),
    ("dy09", "巩义", "county_level_city", "standalone", "铝加工是巩义的立市之本"),
    ("dy09", "巩义市", "county_level_city", "standalone", "巩义市将认真落实调研要求"),
    ("dy10", "新郑市", "county_level_city", "standalone", "10月15日，新郑市与郑州航空港区召开"),
    ("dy10", "郑州航空港区", "development_zone", "standalone", "10月15日，新郑市与郑州航空港区召开"),
    ("dy10", "航空港区", "development_zone", "standalone", "薛店镇和航空港区相关部门"),
    ("dy10", "港区", "development_zone", "standalone", "龙湖镇与港区接壤区域"),
    ("dy10", "龙湖镇", "town", "standalone", "会议听取了龙湖镇、薛店镇"),
    ("dy10", "薛店镇", "town", "standalone", "会议听取了龙湖镇、薛店镇"),
    ("dy10", "薛店", "town", "in_project_name", "京港澳高速薛店互通立交改造工程"),
    ("dy10", "京港澳高速", "road", "in_project_name", "京港澳高速薛店互通立交改造工程"),
    ("dy10", "新郑国际机场", "airport", "standalone", "共同推进新郑国际机场周边道路"),
    ("dy10", "南水北调中线干渠", "canal", "standalone", "南水北调中线干渠沿线生态廊道建设"),
    ("dy10", "新郑", "county_level_city", "standalone", "作为新郑发展的最大机遇"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dy", conventions="set dy (blind set: 郑州 (河南) 2022–2025: 金水区, 惠济区, 中牟县, 登封市, 巩义市, 新郑市 and the zones 郑州经开区, 郑东新区, 郑州高新区, 郑州航空港实验区 (written 郑州航空港区 / 航空港区 / 港区); bare 区委 / 市委 / 党工委 / 管委会 take the place of the page or article (市委 is 登封's, 巩义's, 新郑's on their sites and 郑州's in the city paper and post; 省委 in a 郑州 page = 河南省委); a zone's 办事处 takes the zone label; 观摩 site observation with its 点评会 / 讲评会; one line per post per article)",
          persons_note="Set dy persons. id = corpus-wide person_id (dy:韦思成#1 of the 郑州航空港区 (党工委委员、管委会副主任, 2023) and dy:韦思成#2 of 巩义市米河镇 (镇党委书记, 2025) are two people; dy:蔺海舟 金水区长 2022 → 郑州高新区党工委书记 2024; dy:栾晓光 郑州经开区 管委会副主任 2022 → 郑东新区 管委会主任 2024; dy:祁东明 郑州经开区 管委会主任 2022 → 党工委书记 2024; dy:庞世杰 中牟县长 2022 → 中牟县委书记 2025; dy:晏振华 登封市委书记 2023 → 郑州市副市长 2025; dy:郗明亮 航空港区 管委会副主任 2023 → 党工委委员、管委会副主任 2024)")


if __name__ == "__main__":
    main()
