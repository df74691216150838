"""Write gold part ``ex`` (a blind set: held-out-like mix, eighth round — districts and counties of the four
municipalities: 北京 门头沟区 / 平谷区, 天津 宝坻区 / 蓟州区, 上海 奉贤区 / 崇明区, 重庆 忠县 / 巫山县, two pages each (one
per district or county), plus two pages of the municipality's own leaders (a 北京 副市长, a 重庆 市委常委) visiting one of
them) from the tables below.

Pages ``tests/dev/texts/ex*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 门头沟区 government site (``登录 智能问答 长者版 移动版``, ``日期:2018-12-05
17:12 来源:《京西时报》 分享 字号:``, a chain ``门头沟区委书记…，区委副书记、区长…，区人大常委会主任…``, ``区委常委、常务副区长``);
a 市政协 考察 page in 门头沟 (``区委书记…，区委副书记、区长…，区委副书记、政法委书记…一同考察``, 妙峰山镇水峪嘴村, 王平镇);
a 市发展改革委 page on 门头沟's ``一线四矿`` and 王平矿区; the 宝坻区 government site (``中文域名:天津市宝坻区人民政府.政务``,
``来源:宝坻融媒 发布时间:``) of a 区委常委会 (``区委书记…主持会议并讲话。区委副书记、区长…，区人大常委会主任…，区政协主席…，区委
副书记…和区委常委同志出席``) and of a 区政府常务会议 (``区长…主持召开区政府第126次常务会议。副区长…出席``); the 蓟州区 site
(``来源:蓟州区融媒体中心 发布时间:``, a 区委书记's 调研 of 下营 area towns, ``区领导…参加``) and a 掌上蓟州 WeChat repost (``记者 /
编辑 / 制作 融媒体中心 / 欢迎分享转发 / 转载须注明来源掌上蓟州``); a 廊坊日报 page of a 平谷 党政代表团 (``北京市平谷区委书记…，北京市
平谷区委副书记、区长…``); 中国发展网 奉贤 pages (a digest of ``奉贤区委副书记、区长…前往庄行镇…并主持召开座谈会``; a 区人代会 page
``中国经济导报、中国发展网讯 … 记者…``) and a 奉贤 page of a 市住建委 visit (``奉贤区委副书记、代理区长…陪同调研``, ``见习记者: 记者:
编辑:``); a 奉贤 政协 page on shanghai.gov.cn (``西渡街道党工委书记、人大工委主任…，党工委副书记、办事处主任…``); 忠县 pages (a
县委书记's ``一季度重点项目现场拉练`` with ``县委副书记、县长…，县政协主席…参加`` and ``听取分管县领导…的情况汇报``; an investchn
repost ``来源:忠县融媒体中心``; a 大足 page of a 忠县 党政代表团 ``忠县县委副书记、县政府县长…，县委常委、县政府常务副县长…``);
巫山 pages (wushannews: ``县委副书记、县长…主持召开…县政府第4次县长办公会议和第34次常务会议``; the 巫山报 e-paper ``A2:经济总第2904期
>2023-04-14编印 … 刊发日期: 阅读次数: 作者: 语音阅读:``) and a 巫溪 site (``您当前的位置:首页>巫溪要闻 日期:``, ``县领导…出席。县人大
常委会副主任…列席``). No page was copied. Places are real (门头沟区 and 忠县 / 巫山县 are on no earlier page; 平谷, 宝坻, 蓟州,
奉贤, 崇明 pages of earlier parts hold other towns and persons).

Shapes: a 北京 district government site of the 区委书记's 调研 of two towns after the 2023 flood (ex01); a district 融媒体
WeChat article of the 区政府常务会议 (人大 / 政协 列席) (ex02); a 天津 district site of a 区委常委会 会议 with a town secretary
列席 and reporting (ex03); a district WeChat repost (掌上蓟州) of the 区委书记's 调研 with ``区领导`` named without title (ex04);
a national portal (中国发展网) page of a 上海 区长's 调研 and the 座谈会 after it (ex05); the 崇明 government site of the 区委
书记's 调研 in 长兴镇 (ex06); a 重庆 county site of the 县委书记's 项目拉练 with ``分管县领导`` (ex07); the 巫山报 e-paper A1 of the
县政府常务会议 (ex08); the district paper 京西时报 第01版 of a 北京 副市长's 调研 in 门头沟 (ex09); the 巫山 county site of a 重庆
市委常委、宣传部部长's 调研 (ex10).

Identity cases:
- ex:滕书凯 moves between two 北京 districts: 门头沟区 副区长 in Sept 2023 (ex01) → 平谷区委常委、常务副区长 in June 2024 (ex02).
- ex:柏俊生 moves between two 天津 districts: 宝坻区委常委、副区长 in Nov 2022 (ex03) → 蓟州区委副书记、区长 in May 2024 (ex04).
- ex:仇思远 moves between two 重庆 counties: 忠县委常委、县政府常务副县长 in Mar 2023 (ex07) → 巫山县委副书记、县政府县长 in May
  2024 (ex08) and July 2025 (ex10).
- ex:邬佳慧 moves between two 上海 districts: 奉贤区庄行镇党委书记 in Aug 2023 (ex05) → 崇明区 副区长 in Oct 2024 (ex06).
- ex:郜振川 rises from a district to the municipality: 门头沟区委书记 in Sept 2023 (ex01) → 北京市 副市长 visiting 门头沟 in Apr
  2025 (ex09); ex:佟立岩 门头沟区委副书记、区长 (2023, ex01) → 门头沟区委书记 (2025, ex09).
- two different 蒲立勋 in unrelated places: ex:蒲立勋#1 宝坻区大口屯镇党委书记 (天津, ex03, 2022); ex:蒲立勋#2 巫山县 副县长
  (重庆, ex08 in 2024 and ex10 in 2025).
- one organ name of several places: bare ``区委`` is 门头沟's (ex01, ex09), 平谷's (ex02), 宝坻's (ex03), 蓟州's (ex04) and 崇明's
  (ex06); bare ``县委`` is 忠县's (ex07) and 巫山's (ex08, ex10); ``区发展改革委主任`` is 门头沟区's (ex01) and 崇明区's (ex06);
  ``县文化旅游委`` is 巫山县's (ex08) while ``市文化旅游委`` is 重庆市's (ex10); bare ``市委`` (``市委常委、宣传部部长``) is 重庆市委
  (ex10) and bare ``副市长`` / ``市政府副秘书长`` / ``市水务局`` in the 京西时报 are 北京市's (ex09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts cx, es, dc, bs, bq where they speak; decided here where they are silent):
- Municipality pages (cx, es): bare ``区委`` / ``区长`` / ``副区长`` / ``区X局`` on a district's site, WeChat account or paper are that
  district's (门头沟区委, 平谷区政府, 宝坻区人大常委会, 蓟州区文化和旅游局, 崇明区发展改革委 …); 门头沟区, 平谷区, 宝坻区, 蓟州区, 奉贤区,
  崇明区 are unique names in China and take no municipality in front. On the 中国发展网 page the district is written
  (``奉贤区委副书记、区长``), its bare ``副区长`` / ``区经委`` after it are 奉贤区's. Bare ``市`` on a district's or county's page is
  the municipality: ``副市长`` → 北京市政府, ``市政府副秘书长`` → 北京市政府 副秘书长, ``市水务局副局长`` → 北京市水务局; ``市委常委、
  宣传部部长`` → 重庆市委 常委 + 重庆市委宣传部 部长 (as a06); ``市文化旅游委副主任`` → 重庆市文化旅游委 副主任.
- 重庆 county chains (es): ``县委副书记、县政府县长`` → X县委 副书记 + X县政府 县长; ``县委常委、县政府常务副县长`` → X县委 常委 +
  X县政府 常务副县长. 忠县's label is ``忠县`` (its party committee ``忠县委``, as 蠡县委 / 道县委 in earlier parts).
- Towns: district / county label + town + 党委 / 政府: 门头沟区妙峰山镇党委 书记 (``在妙峰山镇水峪嘴村…镇党委书记苑思琪``), 门头沟区
  王平镇党委 副书记 + 门头沟区王平镇政府 镇长, 宝坻区大口屯镇党委, 蓟州区下营镇党委, 蓟州区穿芳峪镇党委 / 政府 (``在穿芳峪镇，镇党委
  副书记、镇长``), 奉贤区庄行镇党委, 奉贤区金汇镇党委 / 政府, 崇明区长兴镇党委 / 政府, 忠县石宝镇党委, 巫山县竹贤乡党委.
- 人大 / 政协: ``区人大常委会主任`` → X区人大常委会 主任, ``区政协主席`` → X区政协 主席, ``县人大常委会副主任`` → 巫山县人大常委会
  副主任. ``区委常委同志`` (a group) gives nothing. One line per post per article.
- Not posts: ``区领导瞿立新`` (ex04, CONVENTIONS). DECIDED HERE: ``分管县领导熊德荣`` (ex07) is no post either: ``分管县领导`` names
  no organ and no title (it is 县领导 with a portfolio), so 熊德荣 is a named person without a post who speaks (情况汇报).
- Events: every 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 提出建议 / 作了安排
  speakers); the 项目现场拉练 is a ``site observation (拉练)`` (as dc04, dc10) led by the 县委书记; 常务会议 and the 区委常委会 会议
  are meetings (chair; 出席 and 列席 attendees; 汇报 / 作了安排 / 提出要求 / 强调 speakers). A town secretary who ``列席会议，汇报了``
  (ex03) is attendee and speaker. The 座谈会 that the 区长 ``主持召开`` after his 调研 (ex05) is a meeting of its own (as bs's
  督导反馈会); DECIDED HERE: ``座谈中`` in ex09, with no 座谈会 convened, is part of the 调研, not an event of its own. The
  ``市委、市政府部署`` and ``学习贯彻党的二十大精神`` are no events.
- Credits: ``本报讯（记者 …）`` reporter; ``作者：记者 …`` in the e-paper stamp repeats the dateline's 记者 (one line, the
  dateline's); DECIDED HERE: ``见习记者 乔思蕊`` (ex05) is a reporter line with label ``见习记者`` (a trainee reporter signs the
  story as a 记者 does); the WeChat layout ``记者`` / ``编辑`` on a line of their own with the names on the next line (ex04)
  gives reporter / editor lines as ``记者：`` would; ``制作 融媒体中心``, ``（忠县融媒体中心）`` and ``（来源：巫山县融媒体中心）``
  name nobody; ``（摄影：顾晨曦）`` is a photographer line (as ec, en); 编辑 / 责任编辑 / 本版编辑 / 审核 / 校对 are editors.
- Projects: named works visited, reported or decided: …产业园 一期 / 二期 and named 产业基地 / 种业创新园 ``industrial_park``; a
  冷链产业园 in a 物流基地 ``logistics_hub`` (as cx); 堤防修复 / 山洪沟道治理 ``engineering_work``; 港区 / 码头 / 游船码头 / 游客服务
  中心 ``infrastructure_project``; 城中村改造 / 城市更新 ``housing_project``; 生态廊道 / 郊野公园提升 / 面源污染治理 ``greening_project``;
  a 机场航站楼改扩建 whose 前期工作 is studied ``planned_project`` (as cx); heritage restoration, 景区提档升级 / 提质扩容, 示范片区,
  民宿集群改造 and 片区开发 ``project``. DECIDED HERE: ``一线四矿`` (ex09) is a named programme (``program``, as the sample's 双十工程).
  Not projects: ``受损农宅修缮``, ``老旧住房成套改造``, ``沿江柑橘产业带``, ``山区生态修复项目`` (generic), a 方案.
- Places: one line per name per file, as written; places inside titles, organ references and project names count; site
  lines, account lines (``北京平谷``, ``掌上蓟州``), stamp lines, breadcrumbs, side lists (相关新闻, 往期推荐, 相关阅读, 本版其他新闻,
  本版标题导航), 上一篇 / 下一篇 and footers are not annotated. Short forms written alone or in project names are places as
  written (ei, bs): 门头沟, 平谷, 宝坻, 蓟州, 奉贤, 巫山, 王平, 马坊, 穿芳峪, 庄行, 金汇, 长兴. DECIDED HERE: ``农业中关村`` (平谷's
  agricultural science park, ex02) and ``东方美谷`` (奉贤's branded industrial zone, ex05) are places of kind ``zone_park``;
  ``三峡库区``, ``长江三峡``, ``三峡``, ``京津冀`` and ``南上海`` are regions.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ex01_mentougou.txt": (2023, "日期：2023-09-15 17:26", "门头沟区", [
        ("郜振川调研灾后恢复重建和重点项目推进工作", "9月14日", "2023-09-14", "9月14日，区委书记郜振川深入",
         "北京 district site: the 区委书记's 调研 of two towns after the flood (区长, 副区长 滕书凯, 区发展改革委, 区水务局, town heads)")]),
    "ex02_pinggu.txt": (2024, "2024年06月20日 19:42", "平谷区", [
        ("闫书航主持召开区政府第六十一次常务会议", "6月20日", "2024-06-20", "6月20日，区委副书记、区长闫书航主持召开",
         "district WeChat: the 区政府常务会议; 滕书凯 now 区委常委、常务副区长; 人大 / 政协 列席")]),
    "ex03_baodi.txt": (2022, "发布时间：2022-11-23 18:15", "宝坻区", [
        ("区委常委会召开会议 研究部署京津新城建设和冬季安全生产工作", "11月22日", "2022-11-22", "11月22日，区委常委会召开会议",
         "天津 district site: the 区委常委会 会议; 区委常委、副区长 柏俊生 reports; a town secretary (蒲立勋#1) 列席")]),
    "ex04_jizhou.txt": (2024, "2024年05月16日 21:08", "蓟州区", [
        ("区领导深入下营镇、穿芳峪镇调研乡村旅游和生态保护工作", "5月16日", "2024-05-16", "5月16日，区委书记裴德宇深入",
         "district WeChat (掌上蓟州): the 区委书记's 调研; 柏俊生 now 区委副书记、区长; 区领导 without title")]),
    "ex05_fengxian.txt": (2023, "2023-08-24 20:36", "奉贤区", [
        ("甘崇礼赴庄行镇、金汇镇调研城中村改造和产业项目推进工作", "8月23日", "2023-08-23", "中国经济导报、中国发展网讯",
         "national portal page: the 奉贤 区长's 调研 of two towns and his 座谈会; 庄行镇党委书记 邬佳慧")]),
    "ex06_chongming.txt": (2024, "发布日期：2024-10-17", "崇明区", [
        ("管学东调研长兴岛海洋装备产业发展和重点项目建设", "10月16日", "2024-10-16", "10月16日，区委书记管学东赴长兴镇",
         "上海 district site: the 区委书记's 调研 in 长兴镇; 邬佳慧 now 崇明区 副区长")]),
    "ex07_zhongxian.txt": (2023, "日期：2023-03-22", "忠县", [
        ("蔺宏远带队开展一季度重点项目现场拉练", "3月21日", "2023-03-21", "3月21日，县委书记蔺宏远带队",
         "重庆 county site: the 县委书记's 项目拉练; 县委常委、县政府常务副县长 仇思远; 分管县领导 without title")]),
    "ex08_wushan.txt": (2024, "刊发日期：2024-05-31", "巫山县", [
        ("仇思远主持召开县政府第十二次常务会议", "5月30日", "2024-05-30", "本报讯（记者 谭晓棠）5月30日",
         "county e-paper (巫山报 A1): the 县政府常务会议 chaired by 仇思远 (忠县's former 常务副县长); 副县长 蒲立勋#2")]),
    "ex09_mentougou.txt": (2025, "2025年4月17日　星期四", "门头沟区", [
        ("郜振川到门头沟区调研灾后恢复重建和生态涵养区建设", "4月16日", "2025-04-16", "本报讯（记者 陶子墨）4月16日",
         "district paper 京西时报 第01版: a 北京 副市长 (门头沟's former 区委书记) in 门头沟; 佟立岩 now 区委书记")]),
    "ex10_wushan.txt": (2025, "日期：2025-07-11", "巫山县", [
        ("戴思明到巫山县调研文旅融合发展工作", "7月10日", "2025-07-10", "7月10日，市委常委、宣传部部长戴思明",
         "重庆 county site: a 重庆 市委常委、宣传部部长's 调研; 县委书记, 县长 仇思远, 副县长 蒲立勋#2")]),
}

MTG, PG, BD, JZ, FX, CM, ZX, WS = "门头沟区", "平谷区", "宝坻区", "蓟州区", "奉贤区", "崇明区", "忠县", "巫山县"

_HOST01 = "区委副书记、区长佟立岩，副区长滕书凯，区发展改革委主任樊雨田，区水务局局长冀鸿飞陪同调研"
_YAN02 = "6月20日，区委副书记、区长闫书航主持召开"
_ATT02 = "区委常委、常务副区长滕书凯，副区长庞晓蕾、车永强出席会议"
_RD02 = "区人大常委会副主任阚立军、区政协副主席邰雅君列席会议"
_ATT03 = "区委副书记、区长冀连城，区人大常委会主任芮国庆，区政协主席宗玉霞，区委副书记栾卫平和区委常委同志出席"
_BAI03 = "会议听取了区委常委、副区长柏俊生关于"
_ATT04 = "区委副书记、区长柏俊生，区委常委、副区长郗振峰参加调研"
_GAN05 = "8月23日，奉贤区委副书记、区长甘崇礼前往庄行镇、金汇镇，实地调研城中村改造和产业项目推进情况。副区长储晓蕙"
_ATT05 = "副区长储晓蕙，区经委主任殳建华参加调研"
_ATT06 = "副区长邬佳慧，区发展改革委主任倪晨阳参加调研"
_ATT07 = "县委副书记、县政府县长康晓锋，县人大常委会主任谭明光，县政协主席冉淑芬，县委副书记向启航，县委常委、县政府常务副县长仇思远参加"
_QIU08 = "5月30日，县委副书记、县政府县长仇思远主持召开"
_ATT08 = "县委常委、县政府常务副县长聂思涵，副县长蒲立勋、郑晓萌出席会议"
_GAO09 = "4月16日，副市长郜振川到门头沟区调研"
_CITY09 = "市政府副秘书长温启明，市水务局副局长霍思源参加调研"
_HOST09 = "区委书记佟立岩，区委副书记、区长匡卓远，副区长鲁晓川陪同调研"
_DAI10 = "7月10日，市委常委、宣传部部长戴思明到巫山县调研"
_HOST10 = "县委书记龚正邦，县委副书记、县政府县长仇思远，副县长蒲立勋陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 北京 门头沟区 / 平谷区
    "ex:郜振川": ("郜振川", "official", "北京市", [
        ("ex01", MTG + "委", "书记", "9月14日，区委书记郜振川深入妙峰山镇", "2023-09; bare 区委 on the 门头沟 site (identity case: 北京市副市长 in 2025, ex09)"),
        ("ex09", "北京市政府", "副市长", _GAO09, "2025-04: now 副市长; bare 副市长 in the district paper = 北京市's")], []),
    "ex:佟立岩": ("佟立岩", "official", MTG, [
        ("ex01", MTG + "委", "副书记", _HOST01, "2023-09"),
        ("ex01", MTG + "政府", "区长", _HOST01, None),
        ("ex09", MTG + "委", "书记", _HOST09, "2025-04: now 区委书记")], []),
    "ex:滕书凯": ("滕书凯", "official", "北京市", [
        ("ex01", MTG + "政府", "副区长", _HOST01, "2023-09: 门头沟 (identity case: 平谷区委常委、常务副区长 in 2024, ex02)"),
        ("ex02", PG + "委", "常委", _ATT02, "2024-06: now in 平谷区, another 北京 district"),
        ("ex02", PG + "政府", "常务副区长", _ATT02, None)], []),
    "ex:樊雨田": ("樊雨田", "official", MTG, [
        ("ex01", MTG + "发展改革委", "主任", _HOST01, "bare 区发展改革委 = 门头沟's here, 崇明's in ex06")], []),
    "ex:冀鸿飞": ("冀鸿飞", "official", MTG, [
        ("ex01", MTG + "水务局", "局长", _HOST01, None)], []),
    "ex:苑思琪": ("苑思琪", "official", MTG, [
        ("ex01", MTG + "妙峰山镇党委", "书记", "听取镇党委书记苑思琪", "bare 镇党委 after 在妙峰山镇水峪嘴村")], []),
    "ex:檀志刚": ("檀志刚", "official", MTG, [
        ("ex01", MTG + "王平镇党委", "副书记", "王平镇党委副书记、镇长檀志刚汇报了", None),
        ("ex01", MTG + "王平镇政府", "镇长", "王平镇党委副书记、镇长檀志刚汇报了", None)], []),
    "ex:闫书航": ("闫书航", "official", PG, [
        ("ex02", PG + "委", "副书记", _YAN02, "bare 区委 on the 平谷 WeChat account"),
        ("ex02", PG + "政府", "区长", _YAN02, None)], []),
    "ex:庞晓蕾": ("庞晓蕾", "official", PG, [
        ("ex02", PG + "政府", "副区长", _ATT02, "one title before a list gives each name the title")], []),
    "ex:车永强": ("车永强", "official", PG, [
        ("ex02", PG + "政府", "副区长", _ATT02, None)], []),
    "ex:阚立军": ("阚立军", "official", PG, [
        ("ex02", PG + "人大常委会", "副主任", _RD02, None)], []),
    "ex:邰雅君": ("邰雅君", "official", PG, [
        ("ex02", PG + "政协", "副主席", _RD02, None)], []),
    "ex:伏春明": ("伏春明", "official", PG, [
        ("ex02", PG + "农业农村局", "局长", "区农业农村局局长伏春明关于", None)], []),
    "ex:蒯志远": ("蒯志远", "official", PG, [
        ("ex02", PG + "水务局", "局长", "区水务局局长蒯志远汇报了", None)], []),
    "ex:温启明": ("温启明", "external_official", "北京市", [
        ("ex09", "北京市政府", "副秘书长", _CITY09, "bare 市政府 in the 门头沟 paper = 北京市's")], []),
    "ex:霍思源": ("霍思源", "external_official", "北京市", [
        ("ex09", "北京市水务局", "副局长", _CITY09, None)], []),
    "ex:匡卓远": ("匡卓远", "official", MTG, [
        ("ex09", MTG + "委", "副书记", _HOST09, "succeeds 佟立岩 as 区长"),
        ("ex09", MTG + "政府", "区长", _HOST09, None)], []),
    "ex:鲁晓川": ("鲁晓川", "official", MTG, [
        ("ex09", MTG + "政府", "副区长", _HOST09, None)], []),
    # ---- 天津 宝坻区 / 蓟州区
    "ex:钮长海": ("钮长海", "official", BD, [
        ("ex03", BD + "委", "书记", "区委书记钮长海主持会议并讲话", None)], []),
    "ex:冀连城": ("冀连城", "official", BD, [
        ("ex03", BD + "委", "副书记", _ATT03, None),
        ("ex03", BD + "政府", "区长", _ATT03, None)], []),
    "ex:芮国庆": ("芮国庆", "official", BD, [
        ("ex03", BD + "人大常委会", "主任", _ATT03, None)], []),
    "ex:宗玉霞": ("宗玉霞", "official", BD, [
        ("ex03", BD + "政协", "主席", _ATT03, None)], []),
    "ex:栾卫平": ("栾卫平", "official", BD, [
        ("ex03", BD + "委", "副书记", _ATT03, None)], []),
    "ex:柏俊生": ("柏俊生", "official", "天津市", [
        ("ex03", BD + "委", "常委", _BAI03, "2022-11: 宝坻 (identity case: 蓟州区委副书记、区长 in 2024, ex04)"),
        ("ex03", BD + "政府", "副区长", _BAI03, None),
        ("ex04", JZ + "委", "副书记", _ATT04, "2024-05: now 区长 of 蓟州区, another 天津 district"),
        ("ex04", JZ + "政府", "区长", _ATT04, None)], []),
    "ex:蒲立勋#1": ("蒲立勋", "official", BD, [
        ("ex03", BD + "大口屯镇党委", "书记", "大口屯镇党委书记蒲立勋列席会议", "天津 宝坻, 2022; not the 蒲立勋 of 巫山县 (重庆, ex08, ex10)")], []),
    "ex:裴德宇": ("裴德宇", "official", JZ, [
        ("ex04", JZ + "委", "书记", "5月16日，区委书记裴德宇深入下营镇", "bare 区委 on the 掌上蓟州 account")], []),
    "ex:郗振峰": ("郗振峰", "official", JZ, [
        ("ex04", JZ + "委", "常委", _ATT04, None),
        ("ex04", JZ + "政府", "副区长", _ATT04, None)], []),
    "ex:谯丽娜": ("谯丽娜", "official", JZ, [
        ("ex04", JZ + "下营镇党委", "书记", "下营镇党委书记谯丽娜", None)], []),
    "ex:覃永嘉": ("覃永嘉", "official", JZ, [
        ("ex04", JZ + "文化和旅游局", "局长", "区文化和旅游局局长覃永嘉介绍", None)], []),
    "ex:隗国栋": ("隗国栋", "official", JZ, [
        ("ex04", JZ + "穿芳峪镇党委", "副书记", "镇党委副书记、镇长隗国栋汇报了", "bare 镇 after 在穿芳峪镇"),
        ("ex04", JZ + "穿芳峪镇政府", "镇长", "镇党委副书记、镇长隗国栋汇报了", None)], []),
    "ex:瞿立新": ("瞿立新", "official", JZ, [], ["ex04"]),
    # ---- 上海 奉贤区 / 崇明区
    "ex:甘崇礼": ("甘崇礼", "official", FX, [
        ("ex05", FX + "委", "副书记", _GAN05, "named in the headline and the 摘要 too"),
        ("ex05", FX + "政府", "区长", _GAN05, None)], []),
    "ex:储晓蕙": ("储晓蕙", "official", FX, [
        ("ex05", FX + "政府", "副区长", _ATT05, "bare 副区长 after 奉贤区委副书记、区长")], []),
    "ex:殳建华": ("殳建华", "official", FX, [
        ("ex05", FX + "经委", "主任", _ATT05, "department as written after the district")], []),
    "ex:邬佳慧": ("邬佳慧", "official", "上海市", [
        ("ex05", FX + "庄行镇党委", "书记", "庄行镇党委书记邬佳慧关于", "2023-08: 奉贤 (identity case: 崇明区副区长 in 2024, ex06)"),
        ("ex06", CM + "政府", "副区长", _ATT06, "2024-10: now 副区长 of 崇明区")], []),
    "ex:褚振宇": ("褚振宇", "official", FX, [
        ("ex05", FX + "金汇镇党委", "副书记", "金汇镇党委副书记、镇长褚振宇介绍了", None),
        ("ex05", FX + "金汇镇政府", "镇长", "金汇镇党委副书记、镇长褚振宇介绍了", None)], []),
    "ex:沃丽君": ("沃丽君", "official", FX, [
        ("ex05", FX + "金汇镇党委", "书记", "金汇镇党委书记沃丽君汇报了", None)], []),
    "ex:管学东": ("管学东", "official", CM, [
        ("ex06", CM + "委", "书记", "10月16日，区委书记管学东赴长兴镇", "bare 区委 on the 崇明 site")], []),
    "ex:倪晨阳": ("倪晨阳", "official", CM, [
        ("ex06", CM + "发展改革委", "主任", _ATT06, "bare 区发展改革委 = 崇明's here, 门头沟's in ex01")], []),
    "ex:施卫民": ("施卫民", "official", CM, [
        ("ex06", CM + "长兴镇党委", "书记", "长兴镇党委书记施卫民介绍了", None)], []),
    "ex:黄嘉怡": ("黄嘉怡", "official", CM, [
        ("ex06", CM + "长兴镇党委", "副书记", "长兴镇党委副书记、镇长黄嘉怡汇报了", None),
        ("ex06", CM + "长兴镇政府", "镇长", "长兴镇党委副书记、镇长黄嘉怡汇报了", None)], []),
    # ---- 重庆 忠县 / 巫山县
    "ex:蔺宏远": ("蔺宏远", "official", ZX, [
        ("ex07", ZX + "委", "书记", "3月21日，县委书记蔺宏远带队", "bare 县委 on the 忠县 site; named in the headline too")], []),
    "ex:康晓锋": ("康晓锋", "official", ZX, [
        ("ex07", ZX + "委", "副书记", _ATT07, None),
        ("ex07", ZX + "政府", "县长", _ATT07, "重庆 chain 县委副书记、县政府县长 (as es)")], []),
    "ex:谭明光": ("谭明光", "official", ZX, [
        ("ex07", ZX + "人大常委会", "主任", _ATT07, None)], []),
    "ex:冉淑芬": ("冉淑芬", "official", ZX, [
        ("ex07", ZX + "政协", "主席", _ATT07, None)], []),
    "ex:向启航": ("向启航", "official", ZX, [
        ("ex07", ZX + "委", "副书记", _ATT07, None)], []),
    "ex:仇思远": ("仇思远", "official", "重庆市", [
        ("ex07", ZX + "委", "常委", _ATT07, "2023-03: 忠县 (identity case: 巫山县长 in 2024 and 2025)"),
        ("ex07", ZX + "政府", "常务副县长", _ATT07, None),
        ("ex08", WS + "委", "副书记", _QIU08, "2024-05: now 县长 of 巫山县, another 重庆 county"),
        ("ex08", WS + "政府", "县长", _QIU08, None),
        ("ex10", WS + "委", "副书记", _HOST10, "2025-07: the same posts"),
        ("ex10", WS + "政府", "县长", _HOST10, None)], []),
    "ex:熊德荣": ("熊德荣", "official", ZX, [], ["ex07"]),
    "ex:牟远航": ("牟远航", "official", ZX, [
        ("ex07", ZX + "石宝镇党委", "书记", "石宝镇党委书记牟远航介绍了", None)], []),
    "ex:聂思涵": ("聂思涵", "official", WS, [
        ("ex08", WS + "委", "常委", _ATT08, None),
        ("ex08", WS + "政府", "常务副县长", _ATT08, None)], []),
    "ex:蒲立勋#2": ("蒲立勋", "official", WS, [
        ("ex08", WS + "政府", "副县长", _ATT08, "重庆 巫山, 2024; not the 蒲立勋 of 宝坻 (天津, ex03)"),
        ("ex10", WS + "政府", "副县长", _HOST10, "2025")], []),
    "ex:郑晓萌": ("郑晓萌", "official", WS, [
        ("ex08", WS + "政府", "副县长", _ATT08, None)], []),
    "ex:杜永庆": ("杜永庆", "official", WS, [
        ("ex08", WS + "人大常委会", "副主任", "县人大常委会副主任杜永庆列席会议", None)], []),
    "ex:饶世杰": ("饶世杰", "official", WS, [
        ("ex08", WS + "文化旅游委", "主任", "县文化旅游委主任饶世杰关于", "bare 县文化旅游委 in the 巫山报")], []),
    "ex:戴思明": ("戴思明", "external_official", "重庆市", [
        ("ex10", "重庆市委", "常委", _DAI10, "bare 市委 on a 重庆 county site = 重庆市委; named in the headline too"),
        ("ex10", "重庆市委宣传部", "部长", _DAI10, "宣传部 inherits 重庆市委 (as a06)")], []),
    "ex:龙宇航": ("龙宇航", "external_official", "重庆市", [
        ("ex10", "重庆市文化旅游委", "副主任", "市文化旅游委副主任龙宇航参加调研", None)], []),
    "ex:龚正邦": ("龚正邦", "official", WS, [
        ("ex10", WS + "委", "书记", _HOST10, None)], []),
    "ex:向映红": ("向映红", "official", WS, [
        ("ex10", WS + "竹贤乡党委", "书记", "竹贤乡党委书记向映红", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ex01", "庹雅琳", "责任编辑", "editor", "责任编辑：庹雅琳"),
    ("ex02", "訾文轩", "记者", "reporter", "记者：訾文轩　宓佳琪"),
    ("ex02", "宓佳琪", "记者", "reporter", "记者：訾文轩　宓佳琪"),
    ("ex02", "阎冬", "编辑", "editor", "编辑：阎　冬"),
    ("ex02", "卜云舟", "审核", "editor", "审核：卜云舟"),
    ("ex03", "邢若溪", "责任编辑", "editor", "责任编辑：邢若溪"),
    ("ex04", "上官雨桐", "记者", "reporter", "记者\n上官雨桐　闫晓辉"),
    ("ex04", "闫晓辉", "记者", "reporter", "记者\n上官雨桐　闫晓辉"),
    ("ex04", "岑欣然", "编辑", "editor", "编辑\n岑欣然"),
    ("ex05", "乔思蕊", "见习记者", "reporter", "见习记者 乔思蕊 记者 项雨辰"),
    ("ex05", "项雨辰", "记者", "reporter", "见习记者 乔思蕊 记者 项雨辰"),
    ("ex05", "阙晓晨", "编辑", "editor", "编辑：阙晓晨"),
    ("ex06", "顾晨曦", "摄影", "photographer", "（摄影：顾晨曦）"),
    ("ex07", "秦书露", "责任编辑", "editor", "责任编辑：秦书露"),
    ("ex08", "谭晓棠", "记者", "reporter", "本报讯（记者 谭晓棠）"),
    ("ex08", "毕凌霄", "本版编辑", "editor", "本版编辑：毕凌霄"),
    ("ex09", "陶子墨", "记者", "reporter", "本报讯（记者 陶子墨）"),
    ("ex09", "祁思远", "本版编辑", "editor", "本版编辑：祁思远"),
    ("ex09", "江雪松", "校对", "editor", "校对：江雪松"),
    ("ex10", "柯文博", "责任编辑", "editor", "责任编辑：柯文博"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ex01", "灾后恢复重建和重点项目推进工作调研", "inspection (调研)", "9月14日", None, "郜振川", [],
     ["佟立岩", "滕书凯", "樊雨田", "冀鸿飞"], ["苑思琪", "冀鸿飞", "郜振川", "檀志刚", "樊雨田", "滕书凯", "佟立岩"],
     "妙峰山镇、王平镇",
     "9月14日，区委书记郜振川深入妙峰山镇、王平镇，调研灾后恢复重建和重点项目推进工作",
     ["区委书记郜振川深入妙峰山镇", _HOST01, "听取镇党委书记苑思琪", "冀鸿飞介绍了", "郜振川指出", "镇长檀志刚汇报了",
      "樊雨田介绍了", "滕书凯汇报了", "郜振川强调", "佟立岩表示"]),
    ("ex02", "区政府第六十一次常务会议", "meeting (常务会议)", "6月20日", "闫书航", None, ["平谷区政府"],
     ["滕书凯", "庞晓蕾", "车永强", "阚立军", "邰雅君"], ["伏春明", "闫书航", "滕书凯", "蒯志远", "庞晓蕾", "车永强"], None,
     "6月20日，区委副书记、区长闫书航主持召开区政府第六十一次常务会议",
     [_YAN02, _ATT02, _RD02, "局长伏春明关于", "闫书航指出", "滕书凯就项目土地征收", "局长蒯志远汇报了", "庞晓蕾就山区村庄",
      "车永强就做好汛期", "闫书航强调"]),
    ("ex03", "区委常委会会议", "meeting (区委常委会)", "11月22日", "钮长海", None, ["宝坻区委"],
     ["冀连城", "芮国庆", "宗玉霞", "栾卫平", "蒲立勋"], ["柏俊生", "蒲立勋", "冀连城", "钮长海"], None,
     "11月22日，区委常委会召开会议，研究部署京津新城建设和冬季安全生产等工作",
     ["区委书记钮长海主持会议并讲话", _ATT03, _BAI03, "大口屯镇党委书记蒲立勋列席会议，汇报了", "冀连城就开展燃气", "钮长海强调"]),
    ("ex04", "乡村旅游提质升级和山区生态保护调研", "inspection (调研)", "5月16日", None, "裴德宇", [],
     ["柏俊生", "郗振峰", "瞿立新"], ["谯丽娜", "覃永嘉", "裴德宇", "隗国栋", "郗振峰", "柏俊生"], "下营镇、穿芳峪镇",
     "5月16日，区委书记裴德宇深入下营镇、穿芳峪镇，调研乡村旅游提质升级和山区生态保护工作",
     ["区委书记裴德宇深入下营镇", _ATT04, "区领导瞿立新参加", "下营镇党委书记谯丽娜关于", "局长覃永嘉介绍了", "裴德宇指出",
      "镇长隗国栋汇报了", "郗振峰介绍了", "裴德宇强调", "柏俊生表示"]),
    ("ex05", "城中村改造和产业项目推进情况调研", "inspection (调研)", "8月23日", None, "甘崇礼", [],
     ["储晓蕙", "殳建华"], ["邬佳慧", "褚振宇"], "庄行镇、金汇镇",
     "8月23日，奉贤区委副书记、区长甘崇礼前往庄行镇、金汇镇，实地调研城中村改造和产业项目推进情况。",
     [_GAN05, _ATT05, "听取庄行镇党委书记邬佳慧关于", "镇长褚振宇介绍了"]),
    ("ex05", "座谈会", "meeting (座谈会)", "8月23日", "甘崇礼", None, [],
     [], ["殳建华", "沃丽君", "甘崇礼", "储晓蕙"], "金汇镇",
     "随后，甘崇礼在金汇镇主持召开座谈会",
     ["甘崇礼在金汇镇主持召开座谈会", "殳建华介绍了", "沃丽君汇报了", "甘崇礼指出", "储晓蕙就做好", "甘崇礼强调"]),
    ("ex06", "长兴岛海洋装备产业发展和重点项目建设调研", "inspection (调研)", "10月16日", None, "管学东", [],
     ["邬佳慧", "倪晨阳"], ["施卫民", "黄嘉怡", "倪晨阳", "邬佳慧", "管学东"], "长兴镇",
     "10月16日，区委书记管学东赴长兴镇调研海洋装备产业发展和重点项目建设",
     ["区委书记管学东赴长兴镇调研", _ATT06, "施卫民介绍了", "黄嘉怡汇报了", "倪晨阳介绍了", "邬佳慧汇报了", "管学东指出",
      "管学东强调"]),
    ("ex07", "一季度重点项目现场拉练", "site observation (拉练)", "3月21日", None, "蔺宏远", [],
     ["康晓锋", "谭明光", "冉淑芬", "向启航", "仇思远"], ["仇思远", "熊德荣", "牟远航", "蔺宏远", "康晓锋"],
     "乌杨新区、忠州港新生港区、石宝镇",
     "3月21日，县委书记蔺宏远带队开展一季度重点项目现场拉练",
     ["县委书记蔺宏远带队", _ATT07, "听取了仇思远关于", "听取分管县领导熊德荣的情况汇报", "牟远航介绍了", "蔺宏远指出",
      "蔺宏远强调", "康晓锋要求"]),
    ("ex08", "县政府第十二次常务会议", "meeting (常务会议)", "5月30日", "仇思远", None, ["巫山县政府"],
     ["聂思涵", "蒲立勋", "郑晓萌", "杜永庆"], ["饶世杰", "仇思远", "聂思涵", "蒲立勋", "郑晓萌"], None,
     "5月30日，县委副书记、县政府县长仇思远主持召开县政府第十二次常务会议",
     [_QIU08, _ATT08, "县人大常委会副主任杜永庆列席会议", "主任饶世杰关于", "仇思远指出", "聂思涵就项目资金筹措",
      "蒲立勋就做好地灾", "郑晓萌就抓好", "仇思远强调"]),
    ("ex09", "灾后恢复重建和生态涵养区建设调研", "inspection (调研)", "4月16日", None, "郜振川", [],
     ["温启明", "霍思源", "佟立岩", "匡卓远", "鲁晓川"], ["霍思源", "鲁晓川", "匡卓远", "郜振川", "温启明", "佟立岩"],
     "门头沟区（妙峰山镇水峪嘴村、王平镇）",
     "4月16日，副市长郜振川到门头沟区调研灾后恢复重建和生态涵养区建设工作",
     [_GAO09, _CITY09, _HOST09, "霍思源介绍了", "听取了鲁晓川关于", "匡卓远汇报了", "郜振川指出", "温启明就做好",
      "佟立岩表示"]),
    ("ex10", "文旅融合发展和精神文明建设调研", "inspection (调研)", "7月10日", None, "戴思明", [],
     ["龙宇航", "龚正邦", "仇思远", "蒲立勋"], ["向映红", "蒲立勋", "龙宇航", "戴思明", "龚正邦", "仇思远"],
     "巫山县（竹贤乡下庄村、小三峡、大昌古镇）",
     "7月10日，市委常委、宣传部部长戴思明到巫山县调研文旅融合发展和精神文明建设工作",
     [_DAI10, "市文化旅游委副主任龙宇航参加调研", _HOST10, "竹贤乡党委书记向映红关于", "蒲立勋介绍了", "龙宇航就古镇保护修缮",
      "戴思明指出", "龚正邦表示", "仇思远汇报了"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ex01", "永定河门头沟段堤防修复工程", "engineering_work", "永定河门头沟段堤防修复工程和樱桃沟山洪沟道治理工程"),
    ("ex01", "樱桃沟山洪沟道治理工程", "engineering_work", "永定河门头沟段堤防修复工程和樱桃沟山洪沟道治理工程"),
    ("ex01", "王平矿区工业遗存保护利用项目", "project", "察看王平矿区工业遗存保护利用项目"),
    ("ex01", "京西古道王平段修缮工程", "project", "京西古道王平段修缮工程"),
    ("ex02", "平谷农业中关村种业创新园二期", "industrial_park", "平谷农业中关村种业创新园二期建设情况"),
    ("ex02", "马坊物流基地冷链产业园二期", "logistics_hub", "马坊物流基地冷链产业园二期项目推进事项"),
    ("ex03", "京津新城片区开发", "project", "关于京津新城片区开发建设情况的汇报"),
    ("ex03", "京津新城科创园一期", "industrial_park", "要加快京津新城科创园一期的招商运营"),
    ("ex03", "潮白河宝坻段生态廊道", "greening_project", "推动潮白河宝坻段生态廊道建设"),
    ("ex03", "大口屯镇绿色食品产业园二期", "industrial_park", "汇报了大口屯镇绿色食品产业园二期建设"),
    ("ex04", "民宿集群改造提升项目", "project", "实地察看了民宿集群改造提升项目"),
    ("ex04", "黄崖关长城保护展示工程", "project", "黄崖关长城保护展示工程的进展"),
    ("ex04", "穿芳峪乡村振兴示范片区", "project", "汇报了穿芳峪乡村振兴示范片区建设"),
    ("ex04", "于桥水库上游面源污染治理", "greening_project", "于桥水库上游面源污染治理情况"),
    ("ex05", "庄行镇西部城中村改造项目", "housing_project", "实地察看了庄行镇西部城中村改造项目"),
    ("ex05", "庄行镇智能电缆产业园一期", "industrial_park", "庄行镇智能电缆产业园一期施工现场"),
    ("ex05", "东方美谷金汇美妆产业基地", "industrial_park", "介绍了东方美谷金汇美妆产业基地的企业入驻情况"),
    ("ex06", "长兴海洋装备产业园配套码头二期", "infrastructure_project", "长兴海洋装备产业园配套码头二期"),
    ("ex06", "长兴岛郊野公园提升工程", "greening_project", "长兴岛郊野公园提升工程"),
    ("ex06", "凤凰镇区城市更新项目", "housing_project", "凤凰镇区城市更新项目现场"),
    ("ex07", "乌杨新区智能装备产业园一期", "industrial_park", "在乌杨新区智能装备产业园一期项目现场"),
    ("ex07", "忠州港新生港区二期工程", "infrastructure_project", "在忠州港新生港区二期工程"),
    ("ex07", "石宝寨景区提档升级工程", "project", "介绍了石宝寨景区提档升级工程"),
    ("ex08", "小三峡景区提质扩容", "project", "关于小三峡景区提质扩容和大昌古镇保护修缮工程推进情况"),
    ("ex08", "大昌古镇保护修缮工程", "project", "大昌古镇保护修缮工程推进情况"),
    ("ex08", "巫山机场航站楼改扩建工程", "planned_project", "会议研究了巫山机场航站楼改扩建工程前期工作"),
    ("ex09", "永定河门头沟段堤防修复工程", "engineering_work", "在永定河门头沟段堤防修复工程现场"),
    ("ex09", "王平矿区工业遗存保护利用项目", "project", "察看了王平矿区工业遗存保护利用项目"),
    ("ex09", "一线四矿", "program", "以“一线四矿”为抓手"),
    ("ex10", "小三峡游客服务中心", "infrastructure_project", "介绍了小三峡游客服务中心和神女溪游船码头建设情况"),
    ("ex10", "神女溪游船码头", "infrastructure_project", "神女溪游船码头建设情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ex01", "妙峰山镇", "town", "standalone", "深入妙峰山镇、王平镇，调研灾后恢复重建"),
    ("ex01", "王平镇", "town", "standalone", "深入妙峰山镇、王平镇，调研灾后恢复重建"),
    ("ex01", "水峪嘴村", "village", "standalone", "在妙峰山镇水峪嘴村"),
    ("ex01", "永定河", "river", "standalone", "在永定河岸边"),
    ("ex01", "门头沟", "district", "in_project_name", "永定河门头沟段堤防修复工程和樱桃沟山洪沟道治理工程"),
    ("ex01", "樱桃沟", "village", "in_project_name", "樱桃沟山洪沟道治理工程的施工安排"),
    ("ex01", "王平矿区", "area", "in_project_name", "察看王平矿区工业遗存保护利用项目"),
    ("ex01", "京西古道", "heritage_site", "in_project_name", "京西古道王平段修缮工程"),
    ("ex01", "王平", "town", "in_project_name", "京西古道王平段修缮工程"),
    ("ex02", "农业中关村", "zone_park", "standalone", "研究农业中关村建设"),
    ("ex02", "平谷", "district", "standalone", "让科研成果在平谷就地转化"),
    ("ex02", "马坊", "town", "in_project_name", "马坊物流基地冷链产业园二期项目推进事项"),
    ("ex02", "马坊镇", "town", "standalone", "马坊镇要与区级部门建立专班"),
    ("ex02", "泃河", "river", "standalone", "泃河、洳河河道清淤"),
    ("ex02", "洳河", "river", "standalone", "泃河、洳河河道清淤"),
    ("ex02", "金海湖", "lake", "standalone", "金海湖周边山洪沟道巡查情况"),
    ("ex03", "京津新城", "area", "standalone", "京津新城是宝坻承接北京非首都功能疏解的重要平台"),
    ("ex03", "宝坻", "district", "standalone", "京津新城是宝坻承接北京非首都功能疏解的重要平台"),
    ("ex03", "北京", "municipality", "standalone", "京津新城是宝坻承接北京非首都功能疏解的重要平台"),
    ("ex03", "潮白河", "river", "in_project_name", "推动潮白河宝坻段生态廊道建设"),
    ("ex03", "大口屯镇", "town", "standalone", "大口屯镇要立足农产品加工基础"),
    ("ex04", "下营镇", "town", "standalone", "深入下营镇、穿芳峪镇，调研乡村旅游"),
    ("ex04", "穿芳峪镇", "town", "standalone", "深入下营镇、穿芳峪镇，调研乡村旅游"),
    ("ex04", "郭家沟村", "village", "standalone", "在下营镇郭家沟村"),
    ("ex04", "黄崖关长城", "heritage_site", "standalone", "在黄崖关长城，区文化和旅游局"),
    ("ex04", "长城", "heritage_site", "standalone", "下营镇山水资源和长城文化独具特色"),
    ("ex04", "穿芳峪", "town", "in_project_name", "汇报了穿芳峪乡村振兴示范片区建设"),
    ("ex04", "于桥水库", "reservoir", "in_project_name", "于桥水库上游面源污染治理情况"),
    ("ex04", "蓟州", "district", "standalone", "蓟州是京津冀的生态屏障"),
    ("ex04", "京津冀", "region", "standalone", "蓟州是京津冀的生态屏障"),
    ("ex05", "庄行镇", "town", "standalone", "前往庄行镇、金汇镇，实地调研城中村改造和产业项目推进情况。副区长"),
    ("ex05", "金汇镇", "town", "standalone", "前往庄行镇、金汇镇，实地调研城中村改造和产业项目推进情况。副区长"),
    ("ex05", "奉贤区", "district", "in_title", _GAN05),
    ("ex05", "东方美谷", "zone_park", "in_project_name", "介绍了东方美谷金汇美妆产业基地的企业入驻情况"),
    ("ex05", "金汇", "town", "standalone", "庄行、金汇两镇是奉贤产业发展"),
    ("ex05", "庄行", "town", "standalone", "庄行、金汇两镇是奉贤产业发展"),
    ("ex05", "奉贤", "district", "standalone", "庄行、金汇两镇是奉贤产业发展"),
    ("ex05", "南上海", "region", "standalone (slogan)", "“新片区西部门户、南上海城市中心”的定位"),
    ("ex06", "长兴镇", "town", "standalone", "区委书记管学东赴长兴镇调研"),
    ("ex06", "长兴岛", "island", "standalone", "介绍了长兴岛列入全区重大项目计划的建设情况"),
    ("ex06", "横沙岛", "island", "standalone", "汇报了长兴岛、横沙岛交通和公共服务配套"),
    ("ex06", "长兴", "town", "in_project_name", "长兴海洋装备产业园配套码头二期"),
    ("ex06", "长兴岛郊野公园", "park", "in_project_name", "长兴岛郊野公园提升工程"),
    ("ex06", "凤凰镇区", "area", "standalone", "在凤凰镇区，长兴镇党委副书记"),
    ("ex07", "乌杨新区", "new_area", "in_project_name", "在乌杨新区智能装备产业园一期项目现场"),
    ("ex07", "忠州港", "port", "in_project_name", "在忠州港新生港区二期工程"),
    ("ex07", "新生港区", "port_area", "in_project_name", "在忠州港新生港区二期工程"),
    ("ex07", "石宝镇", "town", "standalone", "来到石宝镇，石宝镇党委书记"),
    ("ex07", "石宝寨", "heritage_site", "standalone", "石宝寨是忠县文旅的金字招牌"),
    ("ex07", "忠县", "county", "standalone", "石宝寨是忠县文旅的金字招牌"),
    ("ex08", "小三峡", "scenic_area", "in_project_name", "关于小三峡景区提质扩容和大昌古镇保护修缮工程推进情况"),
    ("ex08", "大昌古镇", "ancient_town", "in_project_name", "大昌古镇保护修缮工程推进情况"),
    ("ex08", "巫山", "county", "standalone", "旅游产业是巫山生态优先、绿色发展的支柱产业"),
    ("ex08", "长江三峡", "region", "standalone (slogan)", "围绕“长江三峡黄金三角”建设"),
    ("ex08", "巫山机场", "airport", "in_project_name", "会议研究了巫山机场航站楼改扩建工程前期工作"),
    ("ex08", "三峡库区", "region", "standalone", "巫山地处三峡库区腹心"),
    ("ex09", "门头沟区", "district", "standalone", "4月16日，副市长郜振川到门头沟区调研"),
    ("ex09", "妙峰山镇", "town", "standalone", "首先来到妙峰山镇水峪嘴村"),
    ("ex09", "水峪嘴村", "village", "standalone", "首先来到妙峰山镇水峪嘴村"),
    ("ex09", "永定河", "river", "in_project_name", "在永定河门头沟段堤防修复工程现场"),
    ("ex09", "门头沟", "district", "in_project_name", "在永定河门头沟段堤防修复工程现场"),
    ("ex09", "王平镇", "town", "standalone", "在王平镇，郜振川察看了"),
    ("ex09", "王平矿区", "area", "in_project_name", "察看了王平矿区工业遗存保护利用项目"),
    ("ex10", "巫山县", "county", "standalone", "宣传部部长戴思明到巫山县调研"),
    ("ex10", "竹贤乡", "township", "standalone", "来到竹贤乡下庄村"),
    ("ex10", "下庄村", "village", "standalone", "来到竹贤乡下庄村"),
    ("ex10", "小三峡", "scenic_area", "standalone", "在小三峡景区，蒲立勋介绍了"),
    ("ex10", "神女溪", "river", "in_project_name", "神女溪游船码头建设情况"),
    ("ex10", "大昌古镇", "ancient_town", "standalone", "在大昌古镇，龙宇航"),
    ("ex10", "巫山", "county", "standalone", "巫山山水资源和文化资源独具特色"),
    ("ex10", "三峡", "region", "standalone", "深入挖掘三峡文化"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ex", conventions="set ex (blind set, held-out-like mix, eighth round: districts and counties of the four municipalities (北京 门头沟区 / 平谷区, 天津 宝坻区 / 蓟州区, 上海 奉贤区 / 崇明区, 重庆 忠县 / 巫山县) and two visits of municipal leaders (a 北京 副市长 in 门头沟, a 重庆 市委常委、宣传部部长 in 巫山): bare 区委 / 县委 / 区X局 are the page's district or county, bare 市 the municipality (北京市政府, 重庆市委, 重庆市委宣传部); 重庆 chains 县委副书记、县政府县长 → X县委 + X县政府 县长; towns take their district / county; 区领导 and 分管县领导 no post; one line per post per article)",
          persons_note="Set ex persons. id = corpus-wide person_id (ex:蒲立勋#1 of 宝坻区 (天津) and ex:蒲立勋#2 of 巫山县 (重庆) are two people; ex:滕书凯 门头沟区副区长 2023 → 平谷区委常委、常务副区长 2024; ex:柏俊生 宝坻区委常委、副区长 2022 → 蓟州区委副书记、区长 2024; ex:仇思远 忠县委常委、常务副县长 2023 → 巫山县委副书记、县长 2024-2025; ex:邬佳慧 奉贤区庄行镇党委书记 2023 → 崇明区副区长 2024; ex:郜振川 门头沟区委书记 2023 → 北京市副市长 2025; ex:佟立岩 门头沟区长 2023 → 区委书记 2025)")


if __name__ == "__main__":
    main()
