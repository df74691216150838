"""Write gold part ``db`` (a blind set: villages and 乡村振兴 in 贵州, 江西, 河北, 安徽 and 甘肃) from the tables below.

Pages ``tests/dev/texts/db*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 罗山 莽张镇 美篇 page (``周书记到我镇实地调研…在莽张镇天湖村…村支部书记
介绍了…``, a closing 陪同 list ``县委常委、县委办主任…、莽张镇镇长…陪同此次调研``); a 蔚县 page (``政府县长…到西合营镇调研…先后
来西合营镇南大坪村、海子洼村…``); a county 政务要闻 page (``县委书记…率队督导…来到福集镇鱼目村、喻寺镇谭坝村…产业园``,
departments ``陪同`` at the end); the 涡河网 portal page on 利辛 (``来源:涡河网 作者:涡河网 人气:401 发布时间:2023-05-05
14:29:06``, ``中疃镇党委书记…，镇长…，副书记…陪同调研``, ``驻村工作队和村两委干部``); a 中国城市报 page of a 市委副书记's
调研 in 博兴县 (``乔庄镇梁楼村``, ``县委农办主任、县农业农村局党组书记``); a 歙县 关工委 page (``到岔口镇、霞坑镇调研…看望了
驻村工作队``, ``该镇党委书记…表示``); two 五峰 pages (茶友网 ``县委书记…到仁和坪镇调研茶产业…县委常委…参加调研``; ``茶葉專業
合作社``); the 甘肃农民报 digital edition (``甘肃农民报 2019年10月24日 第01版:要闻``, ``本报阿克塞讯 通讯员…``, 村支书、村
主任“一肩挑”); the 睢宁新闻网 (``時間:… 來源:未知 作者:… 點擊:``, ``… 報道``, ``------分隔线------``); the 中华龙都网 (``周口报业
全媒体记者… 通讯员…``, a 駐村第一書記 in 郝崗鄉迎回村); a 乡村干部报 page (``村党总支书记…和村委会主任…``, a 镇人武部副部长 sent to
the village); a 常州日报 page (``字号变大| 字号变小``). Places are real: 贵州 安顺 平坝区 (乐平镇 塘约村, 白云镇), 江西 吉安
井冈山市 (茅坪乡 神山村), 河北 张家口 张北县 (小二台镇 德胜村, 大河乡), 安徽 六安 金寨县 (花石乡 大湾村), 甘肃 临夏 东乡族自治县
(高山乡 布楞沟村).

Shapes: a district site's 乡镇动态 page of the 区委书记's 调研 at a village with the 镇党委书记, 镇长, the village's 党总支书记、
村委会主任 and its 第一书记 sent by a 市局 (db01); a city paper's 第02版 of a 副市长's 调研 in the same district two years later
(db02); a county-level city's site: a 包乡 市领导 at a village with its 包村 副乡长 and a 第一书记 (db03); a county site's 政务要闻
of the 县长's 调研 (``时间：… 点击数：``, ``【大】【中】【小】``) (db04); a city paper's 第03版 县区新闻 of a 乡村振兴现场推进会 with a
观摩 (db05); a county site's 乡镇信息 > 花石乡 column of a 县委常委、副县长's 调研 with a 省厅 第一书记 (db06); a city paper's 副市长
调研 two years later (db07); a 自治县 site of the 县委书记's 调研 with a 州局 第一书记 (db08); a county WeChat post (``井冈山发布
2025年01月16日 18:32 江西``, ``原创``, ``阅读 … 分享 收藏 点赞 在看``, ``写留言``) of the former 乡党委书记 now 副市长 (db09).

Identity cases:
- db:韦俊豪 乐平镇党委书记 (db01, May 2022) → 平坝区委常委、副区长 (db02, Mar 2024); db:陆庆芳 乐平镇镇长 (2022) → 乐平镇党委
  书记 (2024).
- db:续志刚 张北县委副书记、县长 (db04, July 2021) → 张北县委书记 (db05, Sept 2024); db:白建民 小二台镇党委书记 (2021) → 张北县委
  常委、组织部部长 (2024); db:贾瑞英 小二台镇党委副书记、镇长 (2021) → 镇党委书记 (2024).
- db:詹美玲 花石乡党委副书记、乡长 (db06, Apr 2022) → 金寨县副县长 (db07, Aug 2024).
- db:黄启峦 茅坪乡党委书记 (db03, June 2023) → 井冈山市委常委、副市长 (db09, Jan 2025); db:曾凡荣 茅坪乡乡长 → 乡党委书记.
- the same village heads across pages: db:吴先贵 (塘约村, db01/db02), db:任福全 (德胜村, db04/db05), db:漆德华 (大湾村, db06/db07),
  db:彭桂英 (神山村, db03/db09); stable leaders db:蒙长青 (平坝区委书记), db:汪立新 (金寨县委常委、副县长), db:苏海峰 (张北县农业
  农村局局长).
- two different 杨德明 in unrelated places: db:杨德明#1 is 东乡族自治县高山乡党委书记 (甘肃, db08); db:杨德明#2 is the 驻村第一书记 of
  井冈山市茅坪乡神山村 sent by 吉安市林业局 (江西, db03 and db09).
- one organ name of several counties: bare ``县农业农村局`` is 张北县's (db04, db05), 金寨县's (db06) and 东乡族自治县's (db08);
  ``区农业农村局`` is 平坝区's (db01); bare ``副市长`` is 安顺市's (db02), 六安市's (db07) and, after ``井冈山市委常委``, 井冈山市's (db09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts aa, aq, ad where they speak; decided here where they are silent):
- Town / 乡 posts: county label + town + 党委 / 政府 (平坝区乐平镇党委 书记, 张北县小二台镇政府 镇长, 井冈山市茅坪乡政府 乡长);
  ``乡党委委员、副乡长`` → …乡党委 委员 + …乡政府 副乡长. Village posts of a named village: town label + village + 党支部 / 党总支
  (as written, as part ad) + 书记, and + 村委会 主任 (the 一肩挑 chain ``村党总支书记、村委会主任`` gives both lines).
- A village's 第一书记 is a post of the village's party organisation (as aa / aq); DECIDED HERE: where the page writes the village's
  organ as ``党总支`` (塘约村, 大湾村), the 第一书记 is a post of that 党总支 (平坝区乐平镇塘约村党总支 第一书记), elsewhere of the
  党支部. The dispatching 单位 (安顺市农业农村局, 吉安市林业局, 张家口市农业农村局, 安徽省农业农村厅, 临夏州农业农村局) gives no
  line (as aq); its place names are places (``in_org_reference``).
- DECIDED HERE: ``包村领导`` (in parentheses after a title), ``包乡市领导`` and ``包村干部`` are no posts (as aa's 包保 / 联系).
- DECIDED HERE: the 自治县's label is its full name: ``东乡族自治县`` + 委 / 政府 / 农业农村局 (bare ``县委书记`` on its site →
  东乡族自治县委 书记). ``临夏州`` is written short and is the dispatching unit's only (no line).
- 井冈山市 is a county-level city: ``井冈山市委常委、宣传部部长`` → 井冈山市委 常委 + 井冈山市委宣传部 部长; ``井冈山市委常委、
  副市长`` → 井冈山市委 常委 + 井冈山市政府 副市长. A city paper's bare ``副市长`` is the paper's city (安顺市政府, 六安市政府).
  ``区委`` / ``区农业农村局`` on the 平坝区 site = 平坝区; ``县委`` / ``县农业农村局`` on a county site or in a city paper's article
  about that county = that county.
- One line per post per article.
- Events: every 调研 / 走访调研 is an ``inspection`` (leader; 陪同 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排
  speakers); a 座谈 inside a 调研 is part of it; the 现场推进会 is a meeting (chair when 主持; 出席 attendees); DECIDED HERE: its
  ``与会人员先后观摩了…`` is a ``site observation`` of its own (CONVENTIONS) with no named participant.
- Bylines: ``本报讯（记者 … 通讯员 …）`` → reporter / correspondent; ``（茅坪乡　钟芷萱）`` → author; the WeChat post's ``记者：``
  → reporter; ``原创　井冈山市融媒体中心`` is an organ, not a person; 编辑 / 责任编辑 / 审核 / 校对 → editor.
- Projects: named 基地, 车间, 加工厂, 养殖小区, 示范带 visited or pushed are ``project`` (as aq); a named 产业园 ``industrial_park``; a
  冷链物流中心 ``logistics_hub``; a 高标准农田建设项目 written with its town is a project. 合作社 named only by kind (村茶叶专业合作社)
  and brands (六安瓜片, 金寨红茶) are not annotated.
- Places: one line per name per file, as written; towns, 乡, villages, counties; cities and provinces inside the dispatching units'
  names; DECIDED HERE: a bare county name in the body (``张北的优势产业``, ``金寨茶产业``) is a place line of its own; site lines,
  mastheads, 来源 lines, footers, related-article links and 上一篇 / 下一篇 are not annotated; names inside brand / dish names
  (东乡手抓羊肉, 六安瓜片) are not places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "db01_pingba.txt": (2022, "发布时间：2022-05-19 17:36", "平坝区乐平镇", [
        ("蒙长青到乐平镇调研乡村振兴和村集体经济发展工作", "5月18日", "2022-05-18", "5月18日，区委书记",
         "district site 乡镇动态: the 区委书记's 调研 at 塘约村; 镇党委书记, 镇长, 村党总支书记、村委会主任, a 市局 第一书记")]),
    "db02_anshun.txt": (2024, "2024年3月15日　星期五", "平坝区", [
        ("岑国华在平坝区调研春耕生产和乡村振兴工作时强调", "3月14日", "2024-03-14", "本报讯（记者 邰雪晴",
         "city paper 第02版: 副市长's 调研; the former 镇党委书记 now 区委常委、副区长; the former 镇长 now 镇党委书记")]),
    "db03_jinggangshan.txt": (2023, "发布日期：2023-06-27", "井冈山市茅坪乡", [
        ("茅坪乡：包村领导走访神山村 推动黄桃产业提质增效", "6月26日", "2023-06-26", "6月26日，井冈山市委常委",
         "county-level city site 乡镇动态: a 包乡 市委常委 at 神山村; 包村 副乡长; 村党支部书记、村委会主任; 第一书记 (杨德明#2)")]),
    "db04_zhangbei.txt": (2021, "时间：2021-07-14 16:08", "张北县", [
        ("续志刚到小二台镇调研马铃薯产业和巩固脱贫成果工作", "7月13日", "2021-07-13", "7月13日，县委副书记",
         "county site 政务要闻: the 县长's 调研 at 德胜村; 县农业农村局局长, 镇党委书记, 镇长, 村书记 一肩挑, 市局 第一书记")]),
    "db05_zhangjiakou.txt": (2024, "2024年09月20日", "张北县", [
        ("张北县召开乡村振兴现场推进会", "9月19日", "2024-09-19", "本报讯（记者 常婧",
         "city paper 第03版 县区新闻: 现场推进会 with a 观摩; the former 县长 now 县委书记, the former 镇党委书记 now 组织部部长")]),
    "db06_jinzhai.txt": (2022, "发布日期：2022-04-12 18:05", "金寨县花石乡", [
        ("汪立新到花石乡大湾村调研茶产业和乡村旅游工作", "4月11日", "2022-04-11", "4月11日，县委常委",
         "county site 乡镇信息 column: 县委常委、副县长's 调研 at 大湾村; 乡党委书记, 乡长, 村党总支书记、村委会主任, 省厅 第一书记")]),
    "db07_luan.txt": (2024, "2024年8月22日　星期四", "金寨县", [
        ("曹文海在金寨县调研茶产业和和美乡村建设", "8月21日", "2024-08-21", "本报讯（记者 储佳慧）",
         "city paper 第02版: 副市长's 调研 in 金寨; the former 乡长 now 副县长")]),
    "db08_dongxiang.txt": (2023, "发布时间：2023-10-26 11:20:45", "东乡族自治县", [
        ("冶建华到高山乡调研巩固脱贫成果和产业发展工作", "10月25日", "2023-10-25", "10月25日，县委书记",
         "自治县 site: the 县委书记's 调研 at 布楞沟村; 乡党委书记 (杨德明#1), 乡长, 村党支部书记、村委会主任, 州局 第一书记")]),
    "db09_jinggangshan.txt": (2025, "2025年01月16日 18:32", "井冈山市茅坪乡", [
        ("黄启峦调研茅坪乡乡村振兴工作", "1月15日", "2025-01-15", "1月15日，井冈山市委常委",
         "county WeChat post: the former 乡党委书记 now 市委常委、副市长; the former 乡长 now 乡党委书记; 第一书记 杨德明#2")]),
}

_PB = "平坝区"
_LP = "平坝区乐平镇"
_TY = _LP + "塘约村"
_JGS = "井冈山市"
_MP = "井冈山市茅坪乡"
_SS = _MP + "神山村"
_ZB = "张北县"
_XET = "张北县小二台镇"
_DS = _XET + "德胜村"
_JZ = "金寨县"
_HS = "金寨县花石乡"
_DW = _HS + "大湾村"
_DX = "东乡族自治县"
_GS = "东乡族自治县高山乡"
_BLG = _GS + "布楞沟村"

_D01_LP = "乐平镇党委书记韦俊豪、镇长陆庆芳"
_D01_WU = "村党总支书记、村委会主任吴先贵"
_D03_XIE = "井冈山市委常委、宣传部部长、茅坪乡包乡市领导谢晓岚"
_D03_MP = "茅坪乡党委书记黄启峦、乡长曾凡荣"
_D03_LIU = "乡党委委员、副乡长（神山村包村领导）刘小虎"
_D03_PENG = "神山村党支部书记、村委会主任彭桂英"
_D09_PENG = "神山村党支部书记、村委会主任彭桂英介绍了2024年"
_D04_REN = "村党支部书记、村委会主任任福全介绍了村集体光伏"
_D05_REN = "德胜村党支部书记、村委会主任任福全"
_D06_QI = "大湾村党总支书记、村委会主任漆德华介绍了村茶叶专业合作社“保底"
_D07_QI = "大湾村党总支书记、村委会主任漆德华介绍了村茶叶专业合作社今年"
_D08_MA = "布楞沟村党支部书记、村委会主任马哈三"
_D08_GS = "高山乡党委书记杨德明、乡长马哈木"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 平坝区
    "db:蒙长青": ("蒙长青", "official", _PB, [
        ("db01", _PB + "委", "书记", "区委书记蒙长青到乐平镇塘约村", "2022-05; bare 区委 on the 平坝区 site; named in the headline too"),
        ("db02", _PB + "委", "书记", "平坝区委书记蒙长青", "2024-03: the same post")], []),
    "db:谭启明": ("谭启明", "official", _PB, [
        ("db01", _PB + "委", "常委", "区委常委、副区长谭启明", None),
        ("db01", _PB + "政府", "副区长", "区委常委、副区长谭启明", None)], []),
    "db:陈泽林": ("陈泽林", "official", _PB, [
        ("db01", _PB + "农业农村局", "局长", "区农业农村局局长陈泽林", "区农业农村局 = 平坝区's on its site")], []),
    "db:韦俊豪": ("韦俊豪", "official", _PB, [
        ("db01", _LP + "党委", "书记", _D01_LP, "2022-05 (identity case: 区委常委、副区长 in 2024, db02)"),
        ("db02", _PB + "委", "常委", "区委常委、副区长韦俊豪", "2024-03: now 区委常委、副区长 (bare 区委 after 平坝区委书记)"),
        ("db02", _PB + "政府", "副区长", "区委常委、副区长韦俊豪", None)], []),
    "db:陆庆芳": ("陆庆芳", "official", _LP, [
        ("db01", _LP + "政府", "镇长", _D01_LP, "2022-05: 镇长 (the 镇 of the same chain)"),
        ("db02", _LP + "党委", "书记", "乐平镇党委书记陆庆芳", "2024-03: now 镇党委书记")], []),
    "db:吴先贵": ("吴先贵", "official", _TY, [
        ("db01", _TY + "党总支", "书记", _D01_WU, "在塘约村 … 村 = 塘约村; 一肩挑: both lines"),
        ("db01", _TY + "村委会", "主任", _D01_WU, None),
        ("db02", _TY + "党总支", "书记", _D01_WU, "2024: the same posts"),
        ("db02", _TY + "村委会", "主任", _D01_WU, None)], []),
    "db:罗珊": ("罗珊", "official", _TY, [
        ("db01", _TY + "党总支", "第一书记", "安顺市农业农村局选派的塘约村第一书记罗珊", "DECIDED HERE: 第一书记 of the village's 党总支 (as written for 塘约村); the dispatching 市局 gives no line")], []),
    "db:岑国华": ("岑国华", "official", "安顺市", [
        ("db02", "安顺市政府", "副市长", "副市长岑国华到平坝区调研", "bare 副市长 in the 安顺日报; named in the headline too")], []),
    # ---- 井冈山市
    "db:谢晓岚": ("谢晓岚", "official", _JGS, [
        ("db03", _JGS + "委", "常委", _D03_XIE, "包乡市领导 is no post (DECIDED HERE)"),
        ("db03", _JGS + "委宣传部", "部长", _D03_XIE, None)], []),
    "db:黄启峦": ("黄启峦", "official", _JGS, [
        ("db03", _MP + "党委", "书记", _D03_MP, "2023-06 (identity case: 井冈山市委常委、副市长 in 2025, db09)"),
        ("db09", _JGS + "委", "常委", "井冈山市委常委、副市长黄启峦", "2025-01: now 市委常委、副市长 (the county-level city's)"),
        ("db09", _JGS + "政府", "副市长", "井冈山市委常委、副市长黄启峦", None)], []),
    "db:曾凡荣": ("曾凡荣", "official", _MP, [
        ("db03", _MP + "政府", "乡长", _D03_MP, "2023-06"),
        ("db09", _MP + "党委", "书记", "茅坪乡党委书记曾凡荣", "2025-01: now 乡党委书记")], []),
    "db:刘小虎": ("刘小虎", "official", _MP, [
        ("db03", _MP + "党委", "委员", _D03_LIU, "（神山村包村领导） is no post"),
        ("db03", _MP + "政府", "副乡长", _D03_LIU, None),
        ("db09", _MP + "党委", "委员", "乡党委委员、副乡长刘小虎", "2025: the same posts"),
        ("db09", _MP + "政府", "副乡长", "乡党委委员、副乡长刘小虎", None)], []),
    "db:彭桂英": ("彭桂英", "official", _SS, [
        ("db03", _SS + "党支部", "书记", _D03_PENG, None),
        ("db03", _SS + "村委会", "主任", _D03_PENG, None),
        ("db09", _SS + "党支部", "书记", _D09_PENG, "2025: the same posts"),
        ("db09", _SS + "村委会", "主任", _D09_PENG, None)], []),
    "db:杨德明#2": ("杨德明", "official", _SS, [
        ("db03", _SS + "党支部", "第一书记", "吉安市林业局选派的驻村第一书记杨德明", "江西 (井冈山), sent by 吉安市林业局; not the 杨德明 of 东乡族自治县 (db08)"),
        ("db09", _SS + "党支部", "第一书记", "驻村第一书记杨德明", "2025: still 神山村's 第一书记 (in the article about 神山村)")], []),
    # ---- 张北县
    "db:续志刚": ("续志刚", "official", _ZB, [
        ("db04", _ZB + "委", "副书记", "县委副书记、县长续志刚到小二台镇", "2021-07 (identity case: 县委书记 in 2024, db05); named in the headline too"),
        ("db04", _ZB + "政府", "县长", "县委副书记、县长续志刚到小二台镇", None),
        ("db05", _ZB + "委", "书记", "县委书记续志刚出席会议并讲话", "2024-09: now 县委书记")], []),
    "db:苏海峰": ("苏海峰", "official", _ZB, [
        ("db04", _ZB + "农业农村局", "局长", "县农业农村局局长苏海峰，小二台镇", "县农业农村局 = 张北县's here (金寨's in db06, 东乡's in db08)"),
        ("db05", _ZB + "农业农村局", "局长", "县农业农村局局长苏海峰通报了", "2024")], []),
    "db:白建民": ("白建民", "official", _ZB, [
        ("db04", _XET + "党委", "书记", "小二台镇党委书记白建民", "2021-07 (identity case: 县委常委、组织部部长 in 2024, db05)"),
        ("db05", _ZB + "委", "常委", "县委常委、组织部部长白建民出席会议", "2024-09"),
        ("db05", _ZB + "委组织部", "部长", "县委常委、组织部部长白建民出席会议", None)], []),
    "db:贾瑞英": ("贾瑞英", "official", _XET, [
        ("db04", _XET + "党委", "副书记", "镇党委副书记、镇长贾瑞英", "2021-07"),
        ("db04", _XET + "政府", "镇长", "镇党委副书记、镇长贾瑞英", None),
        ("db05", _XET + "党委", "书记", "小二台镇党委书记贾瑞英", "2024-09: now 镇党委书记")], []),
    "db:任福全": ("任福全", "official", _DS, [
        ("db04", _DS + "党支部", "书记", _D04_REN, "在德胜村 … 村 = 德胜村; 一肩挑"),
        ("db04", _DS + "村委会", "主任", _D04_REN, None),
        ("db05", _DS + "党支部", "书记", _D05_REN, "2024"),
        ("db05", _DS + "村委会", "主任", _D05_REN, None)], []),
    "db:温立国": ("温立国", "official", _DS, [
        ("db04", _DS + "党支部", "第一书记", "张家口市农业农村局选派的德胜村第一书记温立国", "the dispatching 市局 gives no line")], []),
    "db:阎鹏飞": ("阎鹏飞", "official", _ZB, [
        ("db05", _ZB + "委", "副书记", "县委副书记、县长阎鹏飞主持会议", "succeeds 续志刚 as 县长"),
        ("db05", _ZB + "政府", "县长", "县委副书记、县长阎鹏飞主持会议", None)], []),
    # ---- 金寨县
    "db:汪立新": ("汪立新", "official", _JZ, [
        ("db06", _JZ + "委", "常委", "县委常委、副县长汪立新到花石乡", "2022-04; named in the headline too"),
        ("db06", _JZ + "政府", "副县长", "县委常委、副县长汪立新到花石乡", None),
        ("db07", _JZ + "委", "常委", "金寨县委常委、副县长汪立新", "2024-08: the same posts"),
        ("db07", _JZ + "政府", "副县长", "金寨县委常委、副县长汪立新", None)], []),
    "db:胡长松": ("胡长松", "official", _JZ, [
        ("db06", _JZ + "农业农村局", "局长", "县农业农村局局长胡长松", "县农业农村局 = 金寨县's on its site")], []),
    "db:储正和": ("储正和", "official", _HS, [
        ("db06", _HS + "党委", "书记", "花石乡党委书记储正和", None)], []),
    "db:詹美玲": ("詹美玲", "official", _JZ, [
        ("db06", _HS + "党委", "副书记", "乡党委副书记、乡长詹美玲", "2022-04 (identity case: 副县长 in 2024, db07)"),
        ("db06", _HS + "政府", "乡长", "乡党委副书记、乡长詹美玲", None),
        ("db07", _JZ + "政府", "副县长", "副县长詹美玲", "2024-08: now 金寨县副县长 (after 金寨县委常委、副县长)")], []),
    "db:漆德华": ("漆德华", "official", _DW, [
        ("db06", _DW + "党总支", "书记", _D06_QI, None),
        ("db06", _DW + "村委会", "主任", _D06_QI, None),
        ("db07", _DW + "党总支", "书记", _D07_QI, "2024: the same posts"),
        ("db07", _DW + "村委会", "主任", _D07_QI, None)], []),
    "db:方启航": ("方启航", "official", _DW, [
        ("db06", _DW + "党总支", "第一书记", "安徽省农业农村厅选派的大湾村第一书记方启航", "DECIDED HERE: the village's 党总支 as written; the 省厅 gives no line")], []),
    "db:曹文海": ("曹文海", "official", "六安市", [
        ("db07", "六安市政府", "副市长", "副市长曹文海到金寨县调研", "bare 副市长 in the 皖西日报 (六安); named in the headline too")], []),
    "db:余小兵": ("余小兵", "official", _HS, [
        ("db07", _HS + "党委", "书记", "花石乡党委书记余小兵", "succeeds 储正和")], []),
    # ---- 东乡族自治县
    "db:冶建华": ("冶建华", "official", _DX, [
        ("db08", _DX + "委", "书记", "县委书记冶建华到高山乡布楞沟村", "DECIDED HERE: the 自治县's full name; named in the headline too")], []),
    "db:马小龙": ("马小龙", "official", _DX, [
        ("db08", _DX + "委", "常委", "县委常委、副县长马小龙", None),
        ("db08", _DX + "政府", "副县长", "县委常委、副县长马小龙", None)], []),
    "db:妥建军": ("妥建军", "official", _DX, [
        ("db08", _DX + "农业农村局", "局长", "县农业农村局局长妥建军", "县农业农村局 = 东乡族自治县's on its site")], []),
    "db:杨德明#1": ("杨德明", "official", _GS, [
        ("db08", _GS + "党委", "书记", _D08_GS, "甘肃 (东乡族自治县); not the 杨德明 of 神山村 (db03, db09)")], []),
    "db:马哈木": ("马哈木", "official", _GS, [
        ("db08", _GS + "政府", "乡长", _D08_GS, None)], []),
    "db:马哈三": ("马哈三", "official", _BLG, [
        ("db08", _BLG + "党支部", "书记", _D08_MA, None),
        ("db08", _BLG + "村委会", "主任", _D08_MA, None)], []),
    "db:何秀芳": ("何秀芳", "official", _BLG, [
        ("db08", _BLG + "党支部", "第一书记", "临夏州农业农村局选派的布楞沟村第一书记何秀芳", "the dispatching 州局 gives no line")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("db01", "龙晓敏", "责任编辑", "editor", "责任编辑：龙晓敏"),
    ("db02", "邰雪晴", "记者", "reporter", "本报讯（记者 邰雪晴 通讯员 潘宏）"),
    ("db02", "潘宏", "通讯员", "correspondent", "本报讯（记者 邰雪晴 通讯员 潘宏）"),
    ("db02", "杨晓娟", "责任编辑", "editor", "责任编辑：杨晓娟"),
    ("db03", "钟芷萱", "供稿", "author", "（茅坪乡　钟芷萱）"),
    ("db03", "罗慧", "编辑", "editor", "编辑：罗慧"),
    ("db03", "肖明亮", "审核", "editor", "审核：肖明亮"),
    ("db05", "常婧", "记者", "reporter", "本报讯（记者 常婧 通讯员 郭晓川）"),
    ("db05", "郭晓川", "通讯员", "correspondent", "本报讯（记者 常婧 通讯员 郭晓川）"),
    ("db05", "柴佳宁", "责任编辑", "editor", "（责任编辑：柴佳宁）"),
    ("db07", "储佳慧", "记者", "reporter", "本报讯（记者 储佳慧）"),
    ("db07", "项雨涵", "编辑", "editor", "编辑：项雨涵"),
    ("db07", "屠文博", "校对", "editor", "校对：屠文博"),
    ("db08", "马丽萍", "责任编辑", "editor", "责任编辑：马丽萍"),
    ("db08", "韩文军", "审核", "editor", "审核：韩文军"),
    ("db09", "钟芷萱", "记者", "reporter", "记者：钟芷萱"),
    ("db09", "罗慧", "编辑", "editor", "编辑：罗慧"),
    ("db09", "肖明亮", "审核", "editor", "审核：肖明亮"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("db01", "乐平镇塘约村乡村振兴和村集体经济发展调研", "inspection (调研)", "5月18日", None, "蒙长青", [],
     ["谭启明", "陈泽林", "韦俊豪", "陆庆芳"], ["吴先贵", "罗珊", "陈泽林", "蒙长青", "谭启明", "韦俊豪"], "乐平镇塘约村",
     "区委书记蒙长青到乐平镇塘约村调研乡村振兴和村集体经济发展工作",
     ["区委书记蒙长青到乐平镇塘约村", "镇长陆庆芳陪同调研", "吴先贵介绍了", "第一书记罗珊汇报了", "陈泽林就全区蔬菜保供基地布局作了介绍",
      "蒙长青指出", "谭启明要求", "韦俊豪表示"]),
    ("db02", "平坝区春耕生产和乡村振兴调研", "inspection (调研)", "3月14日", None, "岑国华", [],
     ["蒙长青", "韦俊豪", "陆庆芳"], ["吴先贵", "陆庆芳", "岑国华", "蒙长青", "韦俊豪"], "平坝区",
     "副市长岑国华到平坝区调研春耕生产和乡村振兴工作",
     ["副市长岑国华到平坝区调研", "乐平镇党委书记陆庆芳陪同调研", "吴先贵介绍了", "陆庆芳汇报了", "岑国华强调", "蒙长青表示",
      "韦俊豪就农资保供和农技服务作了安排"]),
    ("db03", "神山村走访调研", "inspection (走访调研)", "6月26日", None, "谢晓岚", [],
     ["黄启峦", "曾凡荣", "刘小虎"], ["彭桂英", "杨德明", "刘小虎", "谢晓岚", "黄启峦"], "茅坪乡神山村",
     "茅坪乡包乡市领导谢晓岚到神山村走访调研",
     ["包乡市领导谢晓岚到神山村走访调研", "刘小虎陪同", "彭桂英介绍了", "第一书记杨德明汇报了", "刘小虎汇报了", "谢晓岚指出", "黄启峦表示"]),
    ("db04", "小二台镇马铃薯产业发展和巩固拓展脱贫攻坚成果调研", "inspection (调研)", "7月13日", None, "续志刚", [],
     ["苏海峰", "白建民", "贾瑞英"], ["任福全", "温立国", "续志刚", "苏海峰", "白建民"], "小二台镇",
     "县委副书记、县长续志刚到小二台镇调研马铃薯产业发展和巩固拓展脱贫攻坚成果工作",
     ["县长续志刚到小二台镇调研", "镇长贾瑞英陪同调研", "任福全介绍了", "第一书记温立国汇报了", "续志刚强调",
      "苏海峰就马铃薯病虫害防控作了安排", "白建民表示"]),
    ("db05", "乡村振兴现场推进会观摩", "site observation (观摩)", "9月19日", None, None, [],
     [], [], "小二台镇、大河乡",
     "与会人员先后观摩了小二台镇德胜村马铃薯微型薯育繁基地二期",
     []),
    ("db05", "张北县乡村振兴现场推进会", "meeting (现场推进会)", "9月19日", "阎鹏飞", None, ["张北县"],
     ["续志刚", "白建民"], ["贾瑞英", "任福全", "苏海峰", "续志刚", "阎鹏飞", "白建民"], "小二台镇",
     "张北县在小二台镇召开乡村振兴现场推进会",
     ["县委书记续志刚出席会议并讲话", "县长阎鹏飞主持会议", "组织部部长白建民出席会议", "贾瑞英介绍了", "任福全介绍了", "苏海峰通报了",
      "续志刚指出", "阎鹏飞就秋收秋储", "白建民要求"]),
    ("db06", "花石乡大湾村茶产业发展和乡村旅游调研", "inspection (调研)", "4月11日", None, "汪立新", [],
     ["胡长松", "储正和", "詹美玲"], ["漆德华", "方启航", "汪立新", "胡长松", "詹美玲"], "花石乡大湾村",
     "县委常委、副县长汪立新到花石乡大湾村调研茶产业发展和乡村旅游工作",
     ["副县长汪立新到花石乡大湾村调研", "乡长詹美玲陪同调研", "漆德华介绍了", "第一书记方启航汇报了", "汪立新强调",
      "胡长松就茶叶病虫害绿色防控作了安排", "詹美玲表示"]),
    ("db07", "金寨县茶产业发展和和美乡村建设调研", "inspection (调研)", "8月21日", None, "曹文海", [],
     ["汪立新", "詹美玲", "余小兵"], ["漆德华", "詹美玲", "曹文海", "汪立新"], "金寨县",
     "副市长曹文海到金寨县调研茶产业发展和和美乡村建设工作",
     ["副市长曹文海到金寨县调研", "花石乡党委书记余小兵陪同调研", "漆德华介绍了", "詹美玲汇报了", "曹文海强调", "汪立新表示"]),
    ("db08", "高山乡布楞沟村巩固拓展脱贫攻坚成果和乡村产业发展调研", "inspection (调研)", "10月25日", None, "冶建华", [],
     ["马小龙", "妥建军", "杨德明", "马哈木"], ["马哈三", "何秀芳", "杨德明", "冶建华", "马小龙"], "高山乡布楞沟村",
     "县委书记冶建华到高山乡布楞沟村调研巩固拓展脱贫攻坚成果和乡村产业发展工作",
     ["县委书记冶建华到高山乡布楞沟村", "乡长马哈木陪同调研", "马哈三介绍了", "第一书记何秀芳汇报了", "杨德明就高山乡防返贫监测",
      "冶建华强调", "马小龙要求"]),
    ("db09", "茅坪乡乡村振兴和冬春农业生产调研", "inspection (调研)", "1月15日", None, "黄启峦", [],
     ["曾凡荣", "刘小虎"], ["彭桂英", "杨德明", "黄启峦", "曾凡荣"], "茅坪乡",
     "井冈山市委常委、副市长黄启峦到茅坪乡调研乡村振兴和冬春农业生产工作",
     ["副市长黄启峦到茅坪乡调研", "副乡长刘小虎陪同调研", "彭桂英介绍了", "第一书记杨德明汇报了", "黄启峦强调", "曾凡荣表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("db01", "塘约村金土地蔬菜保供基地二期", "project", "走进塘约村金土地蔬菜保供基地二期"),
    ("db01", "乐平镇精品水果产业园", "industrial_park", "来到乐平镇精品水果产业园"),
    ("db02", "平坝区现代农业产业园", "industrial_park", "平坝区现代农业产业园，察看育苗"),
    ("db02", "乐平镇高标准农田建设项目", "project", "陆庆芳汇报了乐平镇高标准农田建设项目推进情况"),
    ("db03", "神山村黄桃种植基地", "project", "察看了神山村黄桃种植基地"),
    ("db03", "神山村竹木工艺品加工车间", "project", "神山村竹木工艺品加工车间"),
    ("db03", "茅坪乡红色研学基地", "project", "加快茅坪乡红色研学基地建设"),
    ("db04", "德胜村马铃薯微型薯育繁基地二期", "project", "先后来到德胜村马铃薯微型薯育繁基地二期"),
    ("db04", "小二台镇冷链物流中心", "logistics_hub", "小二台镇冷链物流中心建设现场"),
    ("db05", "德胜村马铃薯微型薯育繁基地二期", "project", "观摩了小二台镇德胜村马铃薯微型薯育繁基地二期"),
    ("db05", "小二台镇冷链物流中心", "logistics_hub", "小二台镇冷链物流中心和大河乡坝上蔬菜产业园"),
    ("db05", "大河乡坝上蔬菜产业园", "industrial_park", "小二台镇冷链物流中心和大河乡坝上蔬菜产业园"),
    ("db06", "大湾村茶叶加工厂扩建项目", "project", "大湾村茶叶加工厂扩建项目现场"),
    ("db06", "花石乡茶旅融合示范带", "project", "走进花石乡茶旅融合示范带"),
    ("db07", "大湾村茶叶加工厂", "project", "来到花石乡大湾村茶叶加工厂"),
    ("db07", "花石乡茶旅融合示范带", "project", "花石乡茶旅融合示范带和金寨县茶产业园"),
    ("db07", "金寨县茶产业园", "industrial_park", "花石乡茶旅融合示范带和金寨县茶产业园"),
    ("db08", "布楞沟村肉羊标准化养殖小区", "project", "先后来到布楞沟村肉羊标准化养殖小区"),
    ("db08", "布楞沟村东乡手抓羊肉加工车间", "project", "布楞沟村东乡手抓羊肉加工车间"),
    ("db08", "高山乡百合种植示范基地", "project", "高山乡百合种植示范基地"),
    ("db09", "神山村黄桃种植基地", "project", "来到神山村黄桃种植基地"),
    ("db09", "茅坪乡红色研学基地", "project", "走访了茅坪乡红色研学基地建设现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("db01", "乐平镇", "town", "standalone", "区委书记蒙长青到乐平镇塘约村"),
    ("db01", "塘约村", "village", "standalone", "区委书记蒙长青到乐平镇塘约村"),
    ("db01", "安顺市", "prefecture_city", "in_org_reference", "安顺市农业农村局选派的塘约村第一书记罗珊"),
    ("db02", "平坝区", "district", "standalone", "副市长岑国华到平坝区调研"),
    ("db02", "乐平镇", "town", "standalone", "先后来到乐平镇塘约村、白云镇"),
    ("db02", "塘约村", "village", "standalone", "先后来到乐平镇塘约村、白云镇"),
    ("db02", "白云镇", "town", "standalone", "先后来到乐平镇塘约村、白云镇"),
    ("db03", "井冈山市", "county_level_city", "in_title", _D03_XIE),
    ("db03", "茅坪乡", "township", "standalone", "茅坪乡党委书记黄启峦"),
    ("db03", "神山村", "village", "standalone", "到神山村走访调研"),
    ("db03", "吉安市", "prefecture_city", "in_org_reference", "吉安市林业局选派的驻村第一书记杨德明"),
    ("db04", "小二台镇", "town", "standalone", "县长续志刚到小二台镇调研"),
    ("db04", "德胜村", "village", "standalone", "在德胜村，村党支部书记"),
    ("db04", "张北", "county", "standalone", "马铃薯是张北的优势产业"),
    ("db04", "张家口市", "prefecture_city", "in_org_reference", "张家口市农业农村局选派的德胜村第一书记温立国"),
    ("db05", "张北县", "county", "standalone", "张北县在小二台镇召开乡村振兴现场推进会"),
    ("db05", "小二台镇", "town", "standalone", "张北县在小二台镇召开乡村振兴现场推进会"),
    ("db05", "德胜村", "village", "standalone", "以德胜村为样板"),
    ("db05", "大河乡", "township", "in_project_name", "大河乡坝上蔬菜产业园"),
    ("db06", "花石乡", "township", "standalone", "汪立新到花石乡大湾村调研茶产业发展"),
    ("db06", "大湾村", "village", "standalone", "汪立新到花石乡大湾村调研茶产业发展"),
    ("db06", "安徽省", "province", "in_org_reference", "安徽省农业农村厅选派的大湾村第一书记方启航"),
    ("db07", "金寨县", "county", "standalone", "副市长曹文海到金寨县调研"),
    ("db07", "金寨", "county", "standalone", "金寨茶产业基础好"),
    ("db07", "花石乡", "township", "standalone", "来到花石乡大湾村茶叶加工厂"),
    ("db07", "大湾村", "village", "standalone", "来到花石乡大湾村茶叶加工厂"),
    ("db08", "高山乡", "township", "standalone", "县委书记冶建华到高山乡布楞沟村"),
    ("db08", "布楞沟村", "village", "standalone", "县委书记冶建华到高山乡布楞沟村"),
    ("db08", "临夏州", "prefecture", "in_org_reference", "临夏州农业农村局选派的布楞沟村第一书记何秀芳"),
    ("db09", "井冈山市", "county_level_city", "in_title", "井冈山市委常委、副市长黄启峦"),
    ("db09", "茅坪乡", "township", "standalone", "副市长黄启峦到茅坪乡调研"),
    ("db09", "神山村", "village", "standalone", "来到神山村黄桃种植基地"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="db", conventions="set db (blind set: villages and 乡村振兴 in 贵州 (安顺 平坝区 乐平镇 塘约村), 江西 (井冈山市 茅坪乡 神山村), 河北 (张家口 张北县 小二台镇 德胜村), 安徽 (六安 金寨县 花石乡 大湾村) and 甘肃 (临夏 东乡族自治县 高山乡 布楞沟村): town / 乡 posts = county label + town + 党委 / 政府; village posts = town label + village + 党支部 / 党总支 (as written) and 村委会 (一肩挑 gives both); a 第一书记 is a post of the village's party organisation, the dispatching 单位 gives no line; 包村领导 / 包乡市领导 / 包村干部 no post; the 自治县's label is its full name; a bare 县农业农村局 / 副市长 is the page's county / the paper's city; one line per post per article)",
          persons_note="Set db persons. id = corpus-wide person_id (db:杨德明#1 of 东乡族自治县高山乡 (甘肃) and db:杨德明#2, 第一书记 of 井冈山市茅坪乡神山村 (江西), are two people; db:韦俊豪 乐平镇党委书记 2022 → 平坝区委常委、副区长 2024; db:续志刚 张北县长 2021 → 县委书记 2024; db:白建民 小二台镇党委书记 2021 → 张北县委常委、组织部部长 2024; db:詹美玲 花石乡乡长 2022 → 金寨县副县长 2024; db:黄启峦 茅坪乡党委书记 2023 → 井冈山市委常委、副市长 2025)")


if __name__ == "__main__":
    main()
