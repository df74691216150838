"""Write gold part ``ey`` (a blind set: river, lake and forest chiefs and ecology pages — 河长制 / 湖长制 / 林长制 news
(县委书记、县总河长 巡河; a 县长、县级湖长 巡湖; a 镇党委书记、镇级总河长 巡河; a 县级总河长会议 with the 县河长办主任; a
县委书记、县级总林长 巡林), 生态环境保护督察 整改 推进会, 污染防治攻坚 推进会, a 市生态环境局 局长's 执法检查 — with rivers,
lakes, reservoirs and remediation projects) from the tables below.

Pages ``tests/dev/texts/ey*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): a county page of a 中央和省环保督察反馈问题整改调度会
(``县委副书记、县政府县长…主持召开…胡波、陈双成…等县领导参加会议``); the 罗田 news site (``2022-06-08 20:36 马兴然``, ``省住建厅
二级巡视员…来我县调研中央生态环境保护督察反馈问题整改落实情况，县委委员、副县长…参加``, ``相关阅读``); a 永靖 page of a 生态环境
保护重点工作推进会 (``州政协副主席、县委书记…出席会议并讲话。县委副书记、县长…主持会议``, ``（记者：…）``); the 云霄 news site
(``来源：云霄新闻中心 编辑：… 观看：… 次``, ``生态环境保护部华东督察局…带队``, ``县长…汇报了…副县长…一同参加活动``, 推荐信息 /
热点信息); a 漳浦 page of a 迎接第二轮中央环保督察工作推进会 (``本网讯（…）``, ``…就贯彻落实本次会议精神提出要求``); the 鄂州市
生态环境局 site (``日期：``, footer ``站点地图 网站标识码 鄂ICP备 … 主办单位：鄂州市生态环境局``); the 儋州 人大 page of a 巡河
(``发表时间：2023-06-09 15:39``, ``市河长办、大成镇相关负责人参加巡河``); a 威远 page (``副县长、龙会河（威远段）县级河长…督查
河长制工作``); a 清远 page (``副市长、大燕河市级河长…带队…巡河``, ``来源：本网 访问量： 发布时间：``, ``扫一扫在手机打开当前页
分享：``); the 贵州省水利厅 page of a 岑巩 / 玉屏 联合巡河 (``县委书记、县级总河长、龙江河县级河长…率队``, ``县委常委、思旸镇
党委书记、龙江河思旸段乡级河长``, ``字号：``); the 芜湖 水务局 page (``发布日期：… 来源：市河长处 作者：… 浏览次数：``, ``市委
常委、组织部部长、市级湖长…开展巡湖督导``, ``市水务局副局长、三级调研员``); the 衡阳 珠晖区 page of a 2022年总河长会 (``区委书记
…出席并强调…区委副书记、区长…主持会议``); a 东南网 page of a 浦城 河长制工作会议 (``分享到：``, ``打印 | 收藏 | 发给好友
【字号``); the 寿县 site (``发布时间：2025-06-07 11:37 信息来源：寿县融媒体中心 作者：… 浏览次数： 字体【``, a 委员会会议暨
大气污染防治工作推进会: ``市政府副市长、县委书记…出席会议并讲话，县委副书记、县长…主持会议，县领导…出席会议``); the 通江 生态
环境局 page (``发布时间：2018-12-20 15:46 来源：环保局 阅读：``); a 遂平 page of a 秋冬季污染防治攻坚 动员会; a 洛宁 巡林 page
(``县级总林长、县委书记、县长…，县级副总林长、县政府党组成员、副县长…到…林场巡林``); a county page of a 县级副总林长、县委副书记's
巡林 (``作者： 编辑： 二审： 三审：``, ``备案号：``); a 今日高邮 page (``本报讯（通讯员 … 记者 …）…副市长，…河长…深入…实地开展
巡河``); the 奉节 生态环境局 page of a 西南督察局 跟踪督察. Places are real; persons and projects are invented: 浙江 丽水 (松阳县,
the 丽水日报), 江西 上饶 (鄱阳县, the 上饶日报), 湖北 黄石 (阳新县; 大冶市 on the 东楚网 portal), 贵州 铜仁 (江口县), 山东 日照
(五莲县), 陕西 汉中 (洋县's WeChat post ``洋县发布``, the 汉中日报).

Shapes: a county site (``当前位置：首页 > 政务公开 > 工作动态``, ``发布时间 来源 浏览次数``, ``字号：[大 中 小]``, 上一篇 / 下一篇,
footer with ICP, 公安备案 and 网站标识码) of the 县委书记、县总河长's 巡河 with a 县委常委、副县长、县级河长 and the city
生态环境局's county 分局 head (ey01); the 丽水日报 第01版 (上一版 / 下一版 / PDF版, 本版其他新闻) of a 全市 推进会: 市长 出席并讲话,
常务副市长 主持, the 市生态环境局 局长 and the former 松阳分局 head now 党组成员、副局长 (ey02); a county site (``信息来源 发布时间
点击数``, ``【字体：大 中 小】【打印】【关闭】``, a ``（供稿：…）`` credit, share line) of a 县级总河长（湖长）会议 with the 第一总河长
(县委书记), the 总河长 (县长) in the chair and a ``副县长、县河长办主任`` (ey03); the 上饶日报 第02版 (two-line headline) of a
副市长、饶河市级河长's 巡河巡湖 with the former 县长 now 县委书记 and the new 县长 (ey04); a county site (``作者：县融媒体中心
来源：… 发布时间：2023-08-11 18:20:36``, 相关链接) of the 县长、网湖县级湖长's 巡湖 with a 县水利和湖泊局局长 (ey05); the 东楚网
portal (``来源：黄石日报 作者：记者 … 通讯员 … 编辑：``, share buttons, 【相关新闻】, licence footer) of the 市生态环境局 局长's
执法检查 in 大冶湖流域 with the 分局 head moved from 阳新 to 大冶 (ey06); a 贵州 county site (无障碍 / 关怀版, ``信息来源：县林业局
字号：大 中 小 | 打印 | 关闭``, 【上一篇】/【下一篇】, ``政府网站标识码``) of the 县委书记、县级总林长's 巡林 with a ``县委常委、副县长、
县级副总林长`` (ey07); a county site (``发布日期 来源 阅读次数``) of a 生态环境保护督察反馈问题整改推进会 chaired by the 常务副县长,
the 分局 head reporting (ey08); a county WeChat post (``原创 洋县发布 2021年06月24日 18:05 陕西``, ``阅读 … 分享 收藏 点赞 在看``,
``写留言``) of a 镇党委书记、镇级总河长's 巡河 with the ``县河长办主任、县水利局局长`` (ey09); the 汉中日报 第01版 with two items: the
市长、市级总河长's 巡河 in 洋县 (the former 镇党委书记 now 副县长) and the 市生态环境局's own 推进会 with its 洋县 / 城固 分局 heads
(ey10).

Identity cases:
- ey:邬志恒 鄱阳县委副书记、县长 (ey03, Apr 2022; 县总河长 a role) → 鄱阳县委书记 (ey04, May 2024; the new 县长 is
  ey:余海涛; the 2022 县委书记 ey:熊国栋 is gone).
- ey:卢建明 丽水市生态环境局松阳分局局长 (ey01, Mar 2022) → 丽水市生态环境局党组成员、副局长 (ey02, June 2024).
- ey:蒲文涛 洋县马畅镇党委书记 (ey09, June 2021; 镇级总河长 a role) → 洋县副县长 (ey10, Apr 2024).
- ey:费志刚 黄石市生态环境局阳新分局局长 (ey05, Aug 2023) → 黄石市生态环境局大冶分局局长 (ey06, Nov 2023): one department,
  two county-level places.
- the same official on two pages without a change: ey:葛立峰 (松阳县委书记, 2022 and 2024).
- two different 严振华 in unrelated places: ey:严振华#1 is 阳新县水利和湖泊局局长 (湖北 黄石, ey05, 2023); ey:严振华#2 is 五莲县
  副县长 (山东 日照, ey08, 2023).
- one organ name of several places: bare ``市生态环境局`` is 丽水's (ey01 ``市生态环境局松阳分局``, ey02), 黄石's (ey05, ey06),
  日照's (ey08 ``市生态环境局五莲分局``) and 汉中's (ey10); bare ``县河长办`` is 鄱阳县's (ey03) and 洋县's (ey09); bare
  ``县委常委、副县长`` is 松阳's (ey01) and 江口's (ey07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ae, ap, bs, ca, co, de where they speak; decided here where they are silent):
- DECIDED HERE (河长 / 湖长 / 林长; CONVENTIONS are silent, parts co and de decided the same way): 县总河长, 县第一总河长,
  县级河长 (``松阴溪县级河长``), 市级河长 (``饶河市级河长``), 市级总河长, 县级湖长 (``网湖县级湖长``), 镇级总河长, 县级总林长,
  县级副总林长 are roles a leader is given for a river, a lake or the forests of a place, not posts: they give no line; only the
  职务 written beside them do (``县委书记、县总河长葛立峰`` → 松阳县委 书记; ``县委常委、副县长、县级副总林长田筱梅`` → 江口县委
  常委 + 江口县政府 副县长). Reason: the role follows the post (whoever is 县委书记 is 总河长) and is a duty assignment like
  包保, not an office of an organ.
- DECIDED HERE: the 河长办 (河长制办公室) is a standing office with a head (as part co's 河长制办公室 主任): ``副县长、县河长办主任
  詹秋云`` → 鄱阳县政府 副县长 + 鄱阳县河长办 主任; ``县河长办主任、县水利局局长权志远`` → 洋县河长办 主任 + 洋县水利局 局长. The
  short form ``河长办`` is kept as written after the place (departments are written as the text writes them, CONVENTIONS).
- A city department's county 分局 is written after the department (parts ap, ca): ``市生态环境局松阳分局局长`` → 丽水市生态环境局
  松阳分局 局长; a bare ``城固分局局长`` right after ``市生态环境局洋县分局局长…、`` is 汉中市生态环境局城固分局. ``局党组书记、局长``
  / ``局党组成员、副局长`` on a city paper or portal after ``市生态环境局`` → X市生态环境局党组 书记 / 成员 + X市生态环境局 局长 /
  副局长 (党组 with 书记 and 成员, part ca).
- Bare organs take the page's place (CONVENTIONS): 县委 / 县 / 县X局 on a county site or a county WeChat post = that county;
  in a city paper or a city portal bare 市委 / 市 / 市X局 / 副市长 = the paper's city (丽水市, 上饶市, 黄石市, 汉中市); a bare
  ``县委副书记、县长`` right after ``X县委书记`` is X's. ``洋县县委书记`` → 洋县委 (a one-character county keeps 洋县, as part
  co's 澧县). Towns take their county: 松阳县西屏街道党工委 书记, 鄱阳县鄱阳镇党委 书记, 洋县马畅镇党委 副书记 + 洋县马畅镇政府
  镇长. ``大冶市副市长`` → 大冶市政府 副市长 (a county-level city).
- One line per post per article; a post named in a headline and the body gives one line (the body's evidence).
- Events: 巡河, 巡湖, 巡林 and 执法检查 are inspections (``inspection (巡河)`` etc., as part de), led by the official who 带队 /
  到…开展; 陪同 / 参加 persons are attendees; 汇报 / 介绍 / 强调 / 指出 / 要求 / 表示 / 作了安排 / 通报 / 表态发言 / 交流发言
  persons are speakers. The 总河长会议 and the 推进会 are meetings (chair when 主持; ``出席会议并讲话`` is an attendee and a
  speaker; ``我县召开`` / ``市生态环境局召开`` give the organizer).
- Bylines: ``本报讯（记者 …）``, ``本报讯（记者 … 通讯员 …）``, ``本报讯（通讯员 …）``, the portal's ``作者：记者 … 通讯员 …`` and
  the WeChat ``记者：`` are reporter / correspondent lines; a ``（供稿：县河长办　…）`` credit is an author line; 编辑 / 责任编辑 /
  审核 / 校对 are editors. ``作者：县融媒体中心`` is an organ, not a person. As part de: the page-end ``责任编辑`` of the two-item
  汉中日报 page belongs to the article it stands in (the second).
- Projects: named works inspected, reported or to be pushed: dikes, 防洪 and river 综合治理 / 综合整治 works and 护岸 are
  ``engineering_work``; wetland, river and lake 生态修复 / 水生态修复 / 水环境综合治理 and a 国家储备林项目 are
  ``greening_project``; 污水处理厂 / 污水处理站 works under way ``infrastructure_project``; the 南水北调中线工程 (named as the
  river's role) ``engineering_work``. DECIDED HERE: standing facilities visited (a 水质自动监测站, a 污水处理厂 in operation, a
  森林防火检查站, a 护林员管护点, a 渔民上岸安置点, a 湿地监测点) are no projects; campaigns (``“清四乱”专项行动``, ``“十年禁渔”``,
  ``“五水共治”``) and documents (``《…工作要点》``) are no projects.
- Places: one line per name per file, as written, wherever the name stands in the article (standalone, in a title, in an
  organ reference, in a project name, in a document title, in a headline); rivers, lakes, reservoirs, islands, mountains,
  nature reserves, villages, towns, 乡, 街道, counties, cities, a zone. As part de: a river segment (``松阴溪松阳段``,
  ``乐安河鄱阳段``, ``溢水河马畅段``) gives the river and the short name written in it (松阳, 鄱阳, 马畅); a bare county or city name in
  the body (``松阳的母亲河``, ``黄石的城市之肺``) is a line. DECIDED HERE: the short county name inside a city department's 分局
  (``松阳分局``, ``阳新分局``, ``大冶分局``, ``五莲分局``, ``洋县分局``, ``城固分局``) is a place line (``in_org_reference``), as places in
  organ references count. Site lines, mastheads, WeChat account names and location tags, 来源 lines, footers, 上一篇 / 下一篇,
  相关链接 / 相关新闻 / 本版其他新闻 lists are not annotated; named sites that are no place names (监测站, 检查站, 管护点, 安置点,
  监测点) give no line, but the town, village, island or reserve written with them does.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_SY, _LS, _PY, _SR, _YX, _HS, _DY, _JK, _WL, _YANG, _HZ = (
    "松阳县", "丽水市", "鄱阳县", "上饶市", "阳新县", "黄石市", "大冶市", "江口县", "五莲县", "洋县", "汉中市")

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ey01_songyang.txt": (2022, "发布时间：2022-03-17 16:42", _SY, [
        ("葛立峰巡查松阴溪松阳段河长制工作", "3月16日", "2022-03-16", "3月16日，县委书记",
         "county site: the 县委书记、县总河长's 巡河 of 松阴溪 with a 县委常委、副县长、县级河长, the 市生态环境局松阳分局 head, 县水利局 and a 街道 secretary")]),
    "ey02_lishui.txt": (2024, "2024年6月14日　星期五", _LS, [
        ("全市生态环境保护暨污染防治攻坚推进会召开", "6月13日", "2024-06-13", "本报讯（记者 蓝欣怡）6月13日",
         "city paper 第01版: 推进会 (市长 出席并讲话, 常务副市长 主持, 市生态环境局 局长, the former 松阳分局 head now 副局长; county secretaries 表态)")]),
    "ey03_poyang.txt": (2022, "发布时间：2022-04-12 17:05", _PY, [
        ("我县召开2022年县级总河长（湖长）会议", "4月11日", "2022-04-11", "4月11日，我县召开",
         "county site: 县级总河长（湖长）会议; 第一总河长 (县委书记), 总河长 (县长) 主持, 副县长、县河长办主任; town secretaries 表态")]),
    "ey04_shangrao.txt": (2024, "2024年05月22日　星期三", _SR, [
        ("祝海鸥在鄱阳县巡河巡湖时强调", "5月21日", "2024-05-21", "本报讯（记者 方晓琳 通讯员 郑可宁）5月21日",
         "city paper 第02版: 副市长、饶河市级河长's 巡河巡湖 in 鄱阳县; the former 县长 now 县委书记, the new 县长")]),
    "ey05_yangxin.txt": (2023, "发布时间：2023-08-11 18:20:36", _YX, [
        ("柯永健巡查网湖湖长制工作", "8月10日", "2023-08-10", "8月10日，县委副书记",
         "county site: the 县长、网湖县级湖长's 巡湖 with 副县长, the 市生态环境局阳新分局 head, 县水利和湖泊局局长 (严振华#1)")]),
    "ey06_huangshi.txt": (2023, "2023-11-15 08:35:12", _HS, [
        ("市生态环境局开展大冶湖流域涉水企业执法检查", "11月14日", "2023-11-14", "东楚网讯 11月14日",
         "city portal: the 市生态环境局 局长's 执法检查 in 大冶湖流域; the 分局 head moved from 阳新 to 大冶; 大冶市副市长")]),
    "ey07_jiangkou.txt": (2022, "发布时间：2022-02-18 10:16", _JK, [
        ("龙启华到太平镇开展巡林工作", "2月17日", "2022-02-17", "2月17日，县委书记",
         "贵州 county site: the 县委书记、县级总林长's 巡林 (梵净山 外围, 太平镇) with a 县委常委、副县长、县级副总林长")]),
    "ey08_wulian.txt": (2023, "发布日期：2023-09-07", _WL, [
        ("我县召开生态环境保护督察反馈问题整改推进会", "9月6日", "2023-09-06", "9月6日，全县生态环境保护",
         "county site: 督察反馈问题整改推进会 (常务副县长 主持, 副县长 严振华#2, the 市生态环境局五莲分局 head reporting)")]),
    "ey09_yangxian.txt": (2021, "2021年06月24日 18:05", _YANG, [
        ("马畅镇：汛前巡河查隐患　护好一河清水", "6月23日", "2021-06-23", "6月23日，马畅镇党委书记",
         "county WeChat post: a 镇党委书记、镇级总河长's 巡河 of 溢水河 with the 县河长办主任、县水利局局长 and the 镇长")]),
    "ey10_hanzhong.txt": (2024, "2024年4月19日　星期五", _HZ, [
        ("段云飞在洋县巡河时强调", "4月18日", "2024-04-18", "本报讯（记者 邵雨桐）4月18日",
         "city paper 第01版: the 市长、市级总河长's 巡河 of 汉江 in 洋县; the former 镇党委书记 now 副县长"),
        ("市生态环境局召开汉江流域水质保障工作推进会", "4月18日", "2024-04-18", "本报讯（通讯员 柏宁）4月18日",
         "city paper 第01版, second item: the 市生态环境局's own 推进会 (局长 主持, 副局长, 洋县 / 城固 分局 heads)")]),
}

_E01_PAN = "县委常委、副县长、松阴溪县级河长潘雅萍"
_E02_LIN = "市委副书记、市长林昭远出席会议并讲话"
_E02_LOU = "市委常委、常务副市长楼振宇主持会议"
_E02_HE = "市生态环境局党组书记、局长何家骏"
_E02_LU = "市生态环境局党组成员、副局长卢建明"
_E03_WU = "县委副书记、县长、县总河长邬志恒主持会议"
_E03_CHENG = "县委常委、常务副县长程绍文"
_E03_ZHAN = "副县长、县河长办主任詹秋云"
_E04_YU = "县委副书记、县长余海涛陪同"
_E05_KE = "县委副书记、县长、网湖县级湖长柯永健"
_E06_QIAN = "市生态环境局党组书记、局长钱嘉远带队"
_E06_LI = "局党组成员、副局长黎慧"
_E07_TIAN = "县委常委、副县长、县级副总林长田筱梅"
_E08_LI = "县委常委、常务副县长厉明杰主持会议"
_E09_QUAN = "县河长办主任、县水利局局长权志远"
_E09_HE = "镇党委副书记、镇长何东岳"
_E10_DUAN = "市委副书记、市长、市级总河长段云飞"
_E10_FENG = "县委副书记、县长冯思齐"
_E10_LEI = "局党组书记、局长雷景川主持会议"
_E10_QI = "局党组成员、副局长祁慧娟"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 浙江 丽水
    "ey:葛立峰": ("葛立峰", "official", _SY, [
        ("ey01", f"{_SY}委", "书记", "县委书记、县总河长葛立峰带队", "2022-03; DECIDED HERE: 县总河长 is a role, no line; named in the headline too"),
        ("ey02", f"{_SY}委", "书记", "松阳县委书记葛立峰", "2024-06: the same post")], []),
    "ey:潘雅萍": ("潘雅萍", "official", _SY, [
        ("ey01", f"{_SY}委", "常委", _E01_PAN, "松阴溪县级河长 is a role"),
        ("ey01", f"{_SY}政府", "副县长", _E01_PAN, None)], []),
    "ey:卢建明": ("卢建明", "official", _LS, [
        ("ey01", f"{_LS}生态环境局松阳分局", "局长", "市生态环境局松阳分局局长卢建明", "2022-03: bare 市 on the 松阳 site = 丽水市; the 分局 after the department (identity case: 副局长 in 2024, ey02)"),
        ("ey02", f"{_LS}生态环境局党组", "成员", _E02_LU, "2024-06: now 党组成员、副局长"),
        ("ey02", f"{_LS}生态环境局", "副局长", _E02_LU, None)], []),
    "ey:周启帆": ("周启帆", "official", _SY, [
        ("ey01", f"{_SY}水利局", "局长", "县水利局局长周启帆", None)], []),
    "ey:叶承阳": ("叶承阳", "official", _SY, [
        ("ey01", f"{_SY}西屏街道党工委", "书记", "西屏街道党工委书记叶承阳", "a street's 党工委 takes its county")], []),
    "ey:林昭远": ("林昭远", "official", _LS, [
        ("ey02", f"{_LS}委", "副书记", _E02_LIN, "bare 市委 in the 丽水日报 = 丽水市委"),
        ("ey02", f"{_LS}政府", "市长", _E02_LIN, None)], []),
    "ey:楼振宇": ("楼振宇", "official", _LS, [
        ("ey02", f"{_LS}委", "常委", _E02_LOU, None),
        ("ey02", f"{_LS}政府", "常务副市长", _E02_LOU, None)], []),
    "ey:何家骏": ("何家骏", "official", _LS, [
        ("ey02", f"{_LS}生态环境局党组", "书记", _E02_HE, "党组 with 书记 (part ca)"),
        ("ey02", f"{_LS}生态环境局", "局长", _E02_HE, None)], []),
    "ey:郑岚溪": ("郑岚溪", "official", _LS, [
        ("ey02", f"{_LS}政府", "副市长", "副市长郑岚溪", None)], []),
    "ey:章海平": ("章海平", "official", "莲都区", [
        ("ey02", "莲都区委", "书记", "莲都区委书记章海平", "莲都区 is one district in China: no city prefix")], []),
    # ---- 江西 上饶
    "ey:熊国栋": ("熊国栋", "official", _PY, [
        ("ey03", f"{_PY}委", "书记", "县委书记、县第一总河长熊国栋", "2022-04; 县第一总河长 is a role")], []),
    "ey:邬志恒": ("邬志恒", "official", _PY, [
        ("ey03", f"{_PY}委", "副书记", _E03_WU, "2022-04; 县总河长 is a role (identity case: 县委书记 in 2024, ey04)"),
        ("ey03", f"{_PY}政府", "县长", _E03_WU, None),
        ("ey04", f"{_PY}委", "书记", "鄱阳县委书记邬志恒", "2024-05: now 县委书记")], []),
    "ey:程绍文": ("程绍文", "official", _PY, [
        ("ey03", f"{_PY}委", "常委", _E03_CHENG, None),
        ("ey03", f"{_PY}政府", "常务副县长", _E03_CHENG, None)], []),
    "ey:占春华": ("占春华", "official", _PY, [
        ("ey03", f"{_PY}人大常委会", "副主任", "县人大常委会副主任占春华", None)], []),
    "ey:詹秋云": ("詹秋云", "official", _PY, [
        ("ey03", f"{_PY}政府", "副县长", _E03_ZHAN, None),
        ("ey03", f"{_PY}河长办", "主任", _E03_ZHAN, "DECIDED HERE: the 河长办 is a standing office; its 主任 a post (as part co); written as the text writes it")], []),
    "ey:胡德胜": ("胡德胜", "official", _PY, [
        ("ey03", f"{_PY}水利局", "局长", "县水利局局长胡德胜", None)], []),
    "ey:童明亮": ("童明亮", "official", _PY, [
        ("ey03", f"{_PY}鄱阳镇党委", "书记", "鄱阳镇党委书记童明亮", None)], []),
    "ey:查文斌": ("查文斌", "official", _PY, [
        ("ey03", f"{_PY}莲湖乡党委", "书记", "莲湖乡党委书记查文斌", None)], []),
    "ey:祝海鸥": ("祝海鸥", "official", _SR, [
        ("ey04", f"{_SR}政府", "副市长", "副市长、饶河市级河长祝海鸥", "饶河市级河长 is a role; named in the headline too")], []),
    "ey:夏振飞": ("夏振飞", "official", _SR, [
        ("ey04", f"{_SR}水利局", "局长", "市水利局局长夏振飞", "bare 市 in the 上饶日报 = 上饶市")], []),
    "ey:余海涛": ("余海涛", "official", _PY, [
        ("ey04", f"{_PY}委", "副书记", _E04_YU, "bare 县委 right after 鄱阳县委书记 = 鄱阳's; the post 邬志恒 held in 2022"),
        ("ey04", f"{_PY}政府", "县长", _E04_YU, None)], []),
    # ---- 湖北 黄石
    "ey:柯永健": ("柯永健", "official", _YX, [
        ("ey05", f"{_YX}委", "副书记", _E05_KE, "网湖县级湖长 is a role; named in the headline too"),
        ("ey05", f"{_YX}政府", "县长", _E05_KE, None)], []),
    "ey:石慧琳": ("石慧琳", "official", _YX, [
        ("ey05", f"{_YX}政府", "副县长", "副县长石慧琳", None)], []),
    "ey:费志刚": ("费志刚", "official", _HS, [
        ("ey05", f"{_HS}生态环境局阳新分局", "局长", "市生态环境局阳新分局局长费志刚", "2023-08: bare 市 on the 阳新 site = 黄石市 (identity case: 大冶分局 in Nov 2023, ey06)"),
        ("ey06", f"{_HS}生态环境局大冶分局", "局长", "市生态环境局大冶分局局长费志刚", "2023-11: now heads the 大冶 分局")], []),
    "ey:严振华#1": ("严振华", "official", _YX, [
        ("ey05", f"{_YX}水利和湖泊局", "局长", "县水利和湖泊局局长严振华", "阳新县 (湖北); not the 严振华 of 五莲县 (ey08)")], []),
    "ey:曹晓丽": ("曹晓丽", "official", _YX, [
        ("ey05", f"{_YX}富池镇党委", "书记", "富池镇党委书记曹晓丽", None)], []),
    "ey:钱嘉远": ("钱嘉远", "official", _HS, [
        ("ey06", f"{_HS}生态环境局党组", "书记", _E06_QIAN, "bare 市 on the 黄石 portal = 黄石市"),
        ("ey06", f"{_HS}生态环境局", "局长", _E06_QIAN, None)], []),
    "ey:黎慧": ("黎慧", "official", _HS, [
        ("ey06", f"{_HS}生态环境局党组", "成员", _E06_LI, "bare 局 after 市生态环境局 = 黄石市生态环境局"),
        ("ey06", f"{_HS}生态环境局", "副局长", _E06_LI, None)], []),
    "ey:殷志强": ("殷志强", "official", _DY, [
        ("ey06", f"{_DY}政府", "副市长", "大冶市副市长殷志强", "a county-level city")], []),
    # ---- 贵州 铜仁
    "ey:龙启华": ("龙启华", "official", _JK, [
        ("ey07", f"{_JK}委", "书记", "县委书记、县级总林长龙启华", "县级总林长 is a role; named in the headline too")], []),
    "ey:田筱梅": ("田筱梅", "official", _JK, [
        ("ey07", f"{_JK}委", "常委", _E07_TIAN, "县级副总林长 is a role"),
        ("ey07", f"{_JK}政府", "副县长", _E07_TIAN, None)], []),
    "ey:罗德顺": ("罗德顺", "official", _JK, [
        ("ey07", f"{_JK}林业局", "局长", "县林业局局长罗德顺", None)], []),
    "ey:张承志": ("张承志", "official", _JK, [
        ("ey07", f"{_JK}太平镇党委", "书记", "太平镇党委书记张承志", None)], []),
    # ---- 山东 日照
    "ey:厉明杰": ("厉明杰", "official", _WL, [
        ("ey08", f"{_WL}委", "常委", _E08_LI, None),
        ("ey08", f"{_WL}政府", "常务副县长", _E08_LI, None)], []),
    "ey:严振华#2": ("严振华", "official", _WL, [
        ("ey08", f"{_WL}政府", "副县长", "副县长严振华出席会议", "五莲县 (山东); not the 严振华 of 阳新县 (ey05)")], []),
    "ey:丁树森": ("丁树森", "official", _WL, [
        ("ey08", "日照市生态环境局五莲分局", "局长", "市生态环境局五莲分局局长丁树森", "bare 市 on the 五莲 site = 日照市")], []),
    "ey:许文昌": ("许文昌", "official", _WL, [
        ("ey08", f"{_WL}住房和城乡建设局", "局长", "县住房和城乡建设局局长许文昌", None)], []),
    "ey:贾春燕": ("贾春燕", "official", _WL, [
        ("ey08", f"{_WL}户部乡党委", "书记", "户部乡党委书记贾春燕", None)], []),
    # ---- 陕西 汉中
    "ey:蒲文涛": ("蒲文涛", "official", _YANG, [
        ("ey09", f"{_YANG}马畅镇党委", "书记", "马畅镇党委书记、镇级总河长蒲文涛", "2021-06; 镇级总河长 is a role (identity case: 副县长 in 2024, ey10)"),
        ("ey10", f"{_YANG}政府", "副县长", "副县长蒲文涛陪同", "2024-04: bare 副县长 right after 洋县's 书记 / 县长 = 洋县's")], []),
    "ey:权志远": ("权志远", "official", _YANG, [
        ("ey09", f"{_YANG}河长办", "主任", _E09_QUAN, "DECIDED HERE: 河长办 主任 is a post; bare 县 in the 洋县发布 post = 洋县"),
        ("ey09", f"{_YANG}水利局", "局长", _E09_QUAN, None)], []),
    "ey:何东岳": ("何东岳", "official", _YANG, [
        ("ey09", f"{_YANG}马畅镇党委", "副书记", _E09_HE, "bare 镇 = 马畅镇"),
        ("ey09", f"{_YANG}马畅镇政府", "镇长", _E09_HE, None)], []),
    "ey:段云飞": ("段云飞", "official", _HZ, [
        ("ey10", f"{_HZ}委", "副书记", _E10_DUAN, "市级总河长 is a role; named in the headline too"),
        ("ey10", f"{_HZ}政府", "市长", _E10_DUAN, None)], []),
    "ey:邱云舒": ("邱云舒", "official", _HZ, [
        ("ey10", f"{_HZ}政府", "副市长", "副市长邱云舒", None)], []),
    "ey:尚卫东": ("尚卫东", "official", _YANG, [
        ("ey10", f"{_YANG}委", "书记", "洋县县委书记尚卫东", "one-character county: label keeps 洋县 (as part co's 澧县)")], []),
    "ey:冯思齐": ("冯思齐", "official", _YANG, [
        ("ey10", f"{_YANG}委", "副书记", _E10_FENG, "bare 县委 right after 洋县县委书记"),
        ("ey10", f"{_YANG}政府", "县长", _E10_FENG, None)], []),
    "ey:雷景川": ("雷景川", "official", _HZ, [
        ("ey10", f"{_HZ}生态环境局党组", "书记", _E10_LEI, "bare 局 after 市生态环境局 in the 汉中日报 = 汉中市生态环境局"),
        ("ey10", f"{_HZ}生态环境局", "局长", _E10_LEI, None)], []),
    "ey:祁慧娟": ("祁慧娟", "official", _HZ, [
        ("ey10", f"{_HZ}生态环境局党组", "成员", _E10_QI, None),
        ("ey10", f"{_HZ}生态环境局", "副局长", _E10_QI, None)], []),
    "ey:韩峻峰": ("韩峻峰", "official", _YANG, [
        ("ey10", f"{_HZ}生态环境局洋县分局", "局长", "市生态环境局洋县分局局长韩峻峰", None)], []),
    "ey:景卫东": ("景卫东", "official", "城固县", [
        ("ey10", f"{_HZ}生态环境局城固分局", "局长", "城固分局局长景卫东", "bare 城固分局 right after 市生态环境局洋县分局 = 汉中's")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ey01", "汪海燕", "责任编辑", "editor", "责任编辑：汪海燕"),
    ("ey02", "蓝欣怡", "记者", "reporter", "本报讯（记者 蓝欣怡）"),
    ("ey02", "胡可欣", "责任编辑", "editor", "责任编辑：胡可欣"),
    ("ey03", "黄小婉", "供稿", "author", "（供稿：县河长办　黄小婉）"),
    ("ey03", "余婷", "责任编辑", "editor", "责任编辑：余婷"),
    ("ey04", "方晓琳", "记者", "reporter", "本报讯（记者 方晓琳 通讯员 郑可宁）"),
    ("ey04", "郑可宁", "通讯员", "correspondent", "本报讯（记者 方晓琳 通讯员 郑可宁）"),
    ("ey04", "陶文静", "编辑", "editor", "编辑：陶文静"),
    ("ey04", "杨逸飞", "校对", "editor", "校对：杨逸飞"),
    ("ey05", "王佳琪", "编辑", "editor", "编辑：王佳琪"),
    ("ey05", "方立群", "审核", "editor", "审核：方立群"),
    ("ey06", "尹雪", "记者", "reporter", "作者：记者 尹雪 通讯员 阮家豪"),
    ("ey06", "阮家豪", "通讯员", "correspondent", "作者：记者 尹雪 通讯员 阮家豪"),
    ("ey06", "程露瑶", "编辑", "editor", "编辑：程露瑶"),
    ("ey07", "陈宇航", "编辑", "editor", "编辑：陈宇航"),
    ("ey07", "倪子墨", "审核", "editor", "审核：倪子墨"),
    ("ey08", "孟涵", "责任编辑", "editor", "责任编辑：孟涵"),
    ("ey09", "贺嘉怡", "记者", "reporter", "记者：贺嘉怡"),
    ("ey09", "韦晓航", "编辑", "editor", "编辑：韦晓航"),
    ("ey09", "宁远志", "审核", "editor", "审核：宁远志"),
    ("ey10", "邵雨桐", "记者", "reporter", "本报讯（记者 邵雨桐）"),
    ("ey10", "柏宁", "通讯员", "correspondent", "本报讯（通讯员 柏宁）"),
    ("ey10", "聂雨菲", "责任编辑", "editor", "责任编辑：聂雨菲"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ey01", "松阴溪松阳段巡河", "inspection (巡河)", "3月16日", None, "葛立峰", [],
     ["潘雅萍", "卢建明", "周启帆", "叶承阳"], ["卢建明", "周启帆", "葛立峰", "潘雅萍", "叶承阳"], "松阴溪松阳段",
     "县委书记、县总河长葛立峰带队巡查松阴溪松阳段",
     ["县总河长葛立峰带队巡查", "西屏街道党工委书记叶承阳陪同巡查", "卢建明汇报了", "周启帆介绍了", "葛立峰强调", "潘雅萍表示",
      "叶承阳表示"]),
    ("ey02", "全市生态环境保护暨污染防治攻坚推进会", "meeting (推进会)", "6月13日", "楼振宇", None, [],
     ["林昭远"], ["林昭远", "何家骏", "卢建明", "郑岚溪", "葛立峰", "章海平", "楼振宇"], None,
     "6月13日，全市生态环境保护暨污染防治攻坚推进会召开",
     [_E02_LIN, _E02_LOU, "局长何家骏通报了", "副局长卢建明就瓯江流域", "副市长郑岚溪就垃圾分类", "松阳县委书记葛立峰、莲都区委书记章海平分别作表态发言",
      "林昭远指出", "楼振宇要求"]),
    ("ey03", "2022年县级总河长（湖长）会议", "meeting (总河长会议)", "4月11日", "邬志恒", None, ["鄱阳县"],
     ["熊国栋", "程绍文", "占春华", "詹秋云"], ["熊国栋", "詹秋云", "胡德胜", "童明亮", "查文斌", "邬志恒"], None,
     "4月11日，我县召开2022年县级总河长（湖长）会议",
     ["县第一总河长熊国栋出席会议并讲话", _E03_WU, "县河长办主任詹秋云出席会议", "詹秋云通报了", "县水利局局长胡德胜对河湖",
      "鄱阳镇党委书记童明亮、莲湖乡党委书记查文斌作表态发言", "熊国栋指出", "邬志恒要求"]),
    ("ey04", "鄱阳县巡河巡湖", "inspection (巡河巡湖)", "5月21日", None, "祝海鸥", [],
     ["夏振飞", "邬志恒", "余海涛"], ["邬志恒", "余海涛", "祝海鸥", "夏振飞"], "鄱阳县",
     "副市长、饶河市级河长祝海鸥到鄱阳县开展巡河巡湖",
     ["饶河市级河长祝海鸥到鄱阳县开展巡河巡湖", _E04_YU, "邬志恒汇报了", "余海涛介绍了", "祝海鸥指出", "夏振飞就加强汛期"]),
    ("ey05", "网湖巡湖", "inspection (巡湖)", "8月10日", None, "柯永健", [],
     ["石慧琳", "费志刚", "严振华", "曹晓丽"], ["严振华", "费志刚", "曹晓丽", "柯永健", "石慧琳"], "网湖",
     "县委副书记、县长、网湖县级湖长柯永健带队巡查网湖",
     ["网湖县级湖长柯永健带队巡查网湖", "富池镇党委书记曹晓丽陪同巡查", "严振华汇报了", "费志刚介绍了", "曹晓丽汇报了", "柯永健强调",
      "石慧琳表示"]),
    ("ey06", "大冶湖流域涉水企业执法检查", "inspection (执法检查)", "11月14日", None, "钱嘉远", ["黄石市生态环境局"],
     ["黎慧", "费志刚", "殷志强"], ["费志刚", "钱嘉远", "殷志强", "黎慧"], "大冶湖流域",
     "市生态环境局党组书记、局长钱嘉远带队，对大冶湖流域重点涉水企业开展执法检查",
     [_E06_QIAN, "大冶市副市长殷志强参加检查", "费志刚汇报了", "钱嘉远指出", "殷志强表示", "黎慧就开展冬季"]),
    ("ey07", "太平镇巡林", "inspection (巡林)", "2月17日", None, "龙启华", [],
     ["田筱梅", "罗德顺", "张承志"], ["罗德顺", "张承志", "龙启华", "田筱梅"], "太平镇",
     "县委书记、县级总林长龙启华到太平镇开展巡林工作",
     ["县级总林长龙启华到太平镇开展巡林工作", "太平镇党委书记张承志陪同", "罗德顺汇报了", "张承志介绍了", "龙启华强调", "田筱梅表示"]),
    ("ey08", "全县生态环境保护督察反馈问题整改推进会", "meeting (推进会)", "9月6日", "厉明杰", None, [],
     ["严振华"], ["丁树森", "许文昌", "贾春燕", "厉明杰", "严振华"], None,
     "9月6日，全县生态环境保护督察反馈问题整改推进会召开",
     [_E08_LI, "副县长严振华出席会议", "局长丁树森通报了", "局长许文昌汇报了", "贾春燕就户部岭水库", "厉明杰强调", "严振华就潮河镇"]),
    ("ey09", "溢水河马畅段巡河", "inspection (巡河)", "6月23日", None, "蒲文涛", [],
     ["权志远", "何东岳"], ["权志远", "何东岳", "蒲文涛"], "溢水河马畅段",
     "马畅镇党委书记、镇级总河长蒲文涛带队巡查溢水河马畅段",
     ["镇级总河长蒲文涛带队巡查", "镇长何东岳参加巡河", "权志远介绍了", "何东岳汇报了", "蒲文涛强调", "权志远表示"]),
    ("ey10", "汉江洋县段巡河", "inspection (巡河)", "4月18日", None, "段云飞", [],
     ["邱云舒", "尚卫东", "冯思齐", "蒲文涛"], ["尚卫东", "蒲文涛", "段云飞", "邱云舒"], "洋县",
     "市委副书记、市长、市级总河长段云飞到洋县巡查汉江洋县段",
     ["市级总河长段云飞到洋县巡查", "副县长蒲文涛陪同", "尚卫东汇报了", "蒲文涛介绍了", "段云飞强调", "邱云舒就汛前"]),
    ("ey10", "汉江流域水质保障工作推进会", "meeting (推进会)", "4月18日", "雷景川", None, ["汉中市生态环境局"],
     [], ["雷景川", "祁慧娟", "韩峻峰", "景卫东"], None,
     "4月18日，市生态环境局召开汉江流域水质保障工作推进会",
     [_E10_LEI, "副局长祁慧娟通报了", "洋县分局局长韩峻峰、城固分局局长景卫东作交流发言", "雷景川要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ey01", "松阴溪城区段生态堤防工程", "engineering_work", "先后来到松阴溪城区段生态堤防工程"),
    ("ey01", "古市镇污水处理厂提标改造工程", "infrastructure_project", "古市镇污水处理厂提标改造工程"),
    ("ey02", "瓯江干流水生态修复工程", "greening_project", "瓯江干流水生态修复工程"),
    ("ey02", "丽水经开区污水处理厂三期工程", "infrastructure_project", "丽水经开区污水处理厂三期工程等重点项目"),
    ("ey03", "乐安河鄱阳段综合治理工程", "engineering_work", "要加快乐安河鄱阳段综合治理工程"),
    ("ey03", "莲湖乡湿地生态修复项目", "greening_project", "莲湖乡湿地生态修复项目建设"),
    ("ey04", "饶河鄱阳段防洪提升工程", "engineering_work", "先后来到饶河鄱阳段防洪提升工程施工现场"),
    ("ey04", "莲湖乡湿地生态修复项目", "greening_project", "余海涛介绍了莲湖乡湿地生态修复项目建设进度"),
    ("ey05", "网湖湿地保护修复工程", "greening_project", "随后来到网湖湿地保护修复工程"),
    ("ey05", "富河阳新段综合治理工程", "engineering_work", "富河阳新段综合治理工程现场"),
    ("ey06", "大冶湖核心区水环境综合治理工程", "greening_project", "先后来到大冶湖核心区水环境综合治理工程"),
    ("ey07", "太平镇国家储备林项目", "greening_project", "太平镇国家储备林项目和快场村"),
    ("ey08", "洪凝河城区段综合整治工程", "engineering_work", "汇报了洪凝河城区段综合整治工程"),
    ("ey08", "户部乡污水处理站建设项目", "infrastructure_project", "户部乡污水处理站建设项目年底前"),
    ("ey09", "溢水河马畅段防洪堤工程", "engineering_work", "先后来到溢水河马畅段防洪堤工程"),
    ("ey10", "汉江洋县段生态护岸工程", "engineering_work", "先后来到汉江洋县段生态护岸工程"),
    ("ey10", "洋县城区污水处理厂三期工程", "infrastructure_project", "洋县城区污水处理厂三期工程"),
    ("ey10", "南水北调中线工程", "engineering_work", "汉江是南水北调中线工程重要水源地"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ey01", "松阴溪", "river", "standalone", "带队巡查松阴溪松阳段"),
    ("ey01", "松阳", "county", "standalone", "松阴溪是松阳的母亲河"),
    ("ey01", "西屏街道", "sub_district_office", "in_title", "西屏街道党工委书记叶承阳"),
    ("ey01", "古市镇", "town", "standalone", "在古市镇，周启帆"),
    ("ey02", "瓯江", "river", "standalone", "就瓯江流域水生态环境保护"),
    ("ey02", "好溪", "river", "standalone", "确保瓯江、好溪、松阴溪等主要河流"),
    ("ey02", "松阴溪", "river", "standalone", "确保瓯江、好溪、松阴溪等主要河流"),
    ("ey02", "丽水", "city", "standalone", "生态是丽水最大的优势和品牌"),
    ("ey02", "丽水经开区", "development_zone", "standalone", "丽水经开区管委会主要负责同志"),
    ("ey02", "松阳县", "county", "in_title", "松阳县委书记葛立峰"),
    ("ey02", "莲都区", "district", "in_title", "莲都区委书记章海平"),
    ("ey03", "鄱阳湖", "lake", "standalone", "鄱阳湖是长江流域重要的生态屏障"),
    ("ey03", "长江", "river", "standalone", "鄱阳湖是长江流域重要的生态屏障"),
    ("ey03", "昌江", "river", "standalone", "鄱阳湖、昌江、乐安河流域"),
    ("ey03", "乐安河", "river", "standalone", "鄱阳湖、昌江、乐安河流域"),
    ("ey03", "鄱阳", "county", "in_project_name", "要加快乐安河鄱阳段综合治理工程"),
    ("ey03", "鄱阳镇", "town", "in_title", "鄱阳镇党委书记童明亮"),
    ("ey03", "莲湖乡", "township", "in_title", "莲湖乡党委书记查文斌"),
    ("ey03", "珠湖", "lake", "standalone", "推动珠湖、东湖水质持续改善"),
    ("ey03", "东湖", "lake", "standalone", "推动珠湖、东湖水质持续改善"),
    ("ey03", "鄱阳县", "county", "in_document_title", "《鄱阳县2022年河湖长制工作要点》"),
    ("ey04", "鄱阳县", "county", "standalone", "到鄱阳县开展巡河巡湖"),
    ("ey04", "饶河", "river", "standalone", "检查饶河、鄱阳湖鄱阳段水环境治理"),
    ("ey04", "鄱阳湖", "lake", "standalone", "检查饶河、鄱阳湖鄱阳段水环境治理"),
    ("ey04", "鄱阳", "county", "standalone", "检查饶河、鄱阳湖鄱阳段水环境治理"),
    ("ey04", "长江", "river", "standalone", "水环境治理和长江禁渔工作"),
    ("ey04", "双港镇", "town", "standalone", "双港镇长山岛渔民上岸安置点"),
    ("ey04", "长山岛", "island", "standalone", "双港镇长山岛渔民上岸安置点"),
    ("ey04", "莲湖乡", "township", "in_project_name", "莲湖乡湿地生态修复项目，实地察看"),
    ("ey05", "网湖", "lake", "standalone", "带队巡查网湖"),
    ("ey05", "阳新", "county", "in_org_reference", "市生态环境局阳新分局局长费志刚"),
    ("ey05", "富池镇", "town", "in_title", "富池镇党委书记曹晓丽陪同巡查"),
    ("ey05", "富河", "river", "in_project_name", "富河阳新段综合治理工程现场"),
    ("ey05", "网湖湿地自然保护区", "nature_reserve", "standalone", "在网湖湿地自然保护区管理站"),
    ("ey05", "长江", "river", "standalone", "也是长江中游重要湿地"),
    ("ey06", "大冶湖", "lake", "standalone", "对大冶湖流域重点涉水企业开展执法检查"),
    ("ey06", "大冶", "county_level_city", "in_org_reference", "市生态环境局大冶分局局长费志刚"),
    ("ey06", "大冶市", "county_level_city", "standalone", "大冶市将全力配合做好问题整改"),
    ("ey06", "还地桥镇", "town", "standalone", "还地桥镇污水处理厂"),
    ("ey06", "黄石", "city", "standalone", "大冶湖是黄石的城市之肺"),
    ("ey07", "太平镇", "town", "standalone", "到太平镇开展巡林工作"),
    ("ey07", "梵净山", "mountain", "standalone", "梵净山是世界自然遗产地"),
    ("ey07", "梵净山国家级自然保护区", "nature_reserve", "standalone", "梵净山国家级自然保护区外围寨沙侗寨"),
    ("ey07", "寨沙侗寨", "village", "standalone", "梵净山国家级自然保护区外围寨沙侗寨"),
    ("ey07", "快场村", "village", "standalone", "快场村护林员管护点"),
    ("ey07", "太平河", "river", "standalone", "沿太平河察看沿岸林带保护情况"),
    ("ey07", "江口", "county", "standalone", "是江口最大的政治责任"),
    ("ey08", "五莲", "county", "in_org_reference", "市生态环境局五莲分局局长丁树森"),
    ("ey08", "洪凝河", "river", "in_project_name", "汇报了洪凝河城区段综合整治工程"),
    ("ey08", "户部乡", "township", "in_title", "户部乡党委书记贾春燕"),
    ("ey08", "户部岭水库", "reservoir", "standalone", "就户部岭水库饮用水水源地保护区整治"),
    ("ey08", "潮河镇", "town", "standalone", "严振华就潮河镇畜禽养殖污染治理"),
    ("ey09", "马畅镇", "town", "standalone", "马畅镇党委书记、镇级总河长蒲文涛"),
    ("ey09", "溢水河", "river", "standalone", "带队巡查溢水河马畅段"),
    ("ey09", "马畅", "town", "standalone", "带队巡查溢水河马畅段"),
    ("ey09", "汉江", "river", "standalone", "要强化汉江支流水质保护"),
    ("ey10", "洋县", "county", "standalone", "到洋县巡查汉江洋县段"),
    ("ey10", "汉江", "river", "standalone", "到洋县巡查汉江洋县段"),
    ("ey10", "秦岭", "mountain", "standalone", "筑牢秦岭生态屏障"),
    ("ey10", "洋州街道", "sub_district_office", "standalone", "洋州街道朱鹮湿地监测点"),
    ("ey10", "汉中", "city", "standalone", "是汉中的政治责任"),
    ("ey10", "城固", "county", "in_org_reference", "城固分局局长景卫东"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ey", conventions="set ey (blind set: river, lake and forest chiefs and ecology pages — 巡河, 巡湖, 巡林, a 县级总河长（湖长）会议, 生态环境保护督察 整改 and 污染防治攻坚 推进会, a 市生态环境局 执法检查 — in 浙江 丽水 (松阳县, the 丽水日报), 江西 上饶 (鄱阳县, the 上饶日报), 湖北 黄石 (阳新县, 大冶市 on the 东楚网), 贵州 铜仁 (江口县), 山东 日照 (五莲县) and 陕西 汉中 (洋县, the 汉中日报): 总河长 / 河长 / 湖长 / 林长 roles are no posts, the 职务 beside them are; 河长办 主任 is a post of X县河长办; a city 生态环境局's county 分局 is written after the department; 局党组 书记 / 成员; 巡河 / 巡湖 / 巡林 / 执法检查 are inspections; one line per post per article)",
          persons_note="Set ey persons. id = corpus-wide person_id (ey:严振华#1 of 阳新县 (湖北) and ey:严振华#2 of 五莲县 (山东) are two people; ey:邬志恒 鄱阳县长 2022 → 县委书记 2024; ey:卢建明 丽水市生态环境局松阳分局局长 2022 → 市生态环境局副局长 2024; ey:蒲文涛 洋县马畅镇党委书记 2021 → 洋县副县长 2024; ey:费志刚 黄石市生态环境局阳新分局局长 Aug 2023 → 大冶分局局长 Nov 2023)")


if __name__ == "__main__":
    main()
