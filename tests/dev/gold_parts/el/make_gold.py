"""Write gold part ``el`` (a blind set: 政法 news of counties in 贵州 黔东南, 甘肃 陇南 and 黑龙江 绥化: courts,
procuratorates and 公安局 on their own sites, county 政法 meetings, heads moving between courts, procuratorates and
counties) from the tables below.

Pages ``tests/dev/texts/el*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: court sites — the 天长法院 page of a 院长 接访 in a 法庭
(``当前位置: 首页 > 新闻中心 > 图片新闻``, ``分享到:``, ``作者:… 发布时间:2022-01-21 09:06:47 打印 字号:``, ``责任编辑:天长市人民
法院``), the 黄龙法院 page of a 中院 院长's 公开接访 (``县委常委、政法委书记…、黄龙法院党组书记…一同参加接访``), two 公安县人民法院
pages (``公安县人民法院欢迎您!``, ``发布时间:… 来源:公安法院 阅读:``; a trial where ``担任此次庭审的审判长是公安法院党组书记、院长…``
and ``县人大常委会党组书记、副主任…以及四十位市、县人大代表旁听``; a 院长's 暗访督导 of the 人民法庭), the 睢县法院 page of a 市委
政法委 调研 (``县委常委、政法委书记…，睢县法院党组书记…的陪同下``), the 淮安中院 page of the 法检“两长” in one trial (``由…院长…担任
审判长，市检察院检察长…出庭支持公诉``), a 获嘉 page of 人大代表 旁听庭审, the 巨野 court page (``我院党组书记、院长…``,
``关闭``, footer ``ICP备案号``), the 焦作 中站区 court page (``关闭窗口``, footer ``豫ICP备``); procuratorate pages — the 盐都 检察开放日 (``副检察长…主持座谈会``, ``党组书记、代检察长…介绍``), the
常州经开区院 开放日 (``院党组书记、检察长…介绍``, ``院党组成员、政治部主任…主持座谈会``), a 咸宁日报 item of the 通山县检察院 公众开放日,
the 海淀 检察院 ``检察护航民企发展`` 开放日; 公安 pages — the 富平 page (``政府党组成员、公安局党委书记、局长…和党委副书记、政委…``),
the 白河 page (``白河县政府党组成员、公安局党委书记、局长…，局党委副书记、政委…``), the 南华 推进会 (``副县长、县公安局党委书记、局长…
主持会议``), a 商水 周口日报 item of a 县长's 派出所 调研 (``县委常委、政法委书记…，县政府副县长、县公安局长…随同``); 扫黑除恶 meetings
— the 徐闻 领导小组 全体成员会议 (``县委书记、县扫黑除恶专项斗争领导小组组长…主持会议``, ``县委副书记、政法委书记、县扫黑除恶专项
斗争领导小组副组长…``), the 金乡 推进会 (``会议由县政府副县长、县公安局局长…主持，县法院院长…，县检察院检察长…参加会议``, ``（县委
政法委）``). Places are real and new to the corpus: 贵州 黔东南州 (榕江县 three times, 从江县 twice, the 黔东南日报), 甘肃 陇南市
(西和县, 两当县, the 陇南日报 on 徽县), 黑龙江 绥化市 (庆安县 twice, 明水县, the 绥化日报).

Shapes: a county court's own site, a trial with the 院长 as 审判长 and the 检察长 as 公诉人, 人大 副主任 and 政法委书记 旁听
(``我院党组书记、院长``, bare ``县人民检察院``; el01); a county site's 县委政法工作会议 (书记, 县长 主持, 政法委书记 报告; 副县长、
县公安局党委书记、局长; 法院 and 检察院 heads with 党组书记) (el02); a prefecture paper's 第03版 with two county articles: 从江's
扫黑除恶 推进会 where the former 榕江 法院院长 speaks as 从江's 政法委书记, and 榕江's 院长接待日 with the former 副院长 now 院长 (el03);
a county procuratorate's own site, 检察开放日 and its 座谈会 (``院党组书记、检察长``, ``党组成员、副检察长``; the 政法委书记, the 人大
副主任 and the court's 副院长 invited) (el04); a procuratorate site's 走访 of companies (``我院党组书记、检察长``, ``党组成员、副检察长``,
``第二检察部主任``) (el05); a county site's 调研 of the procuratorate by the 政法委书记, the former 西和 副检察长 now 两当's 检察长 (el06);
a prefecture paper's 徽县 扫黑除恶 领导小组（扩大）会议 (``县委书记、县…领导小组组长``, ``县长、领导小组副组长``) (el07); a county 公安局's
own site, a 部署会 (``县政府党组成员、局党委书记、局长``, ``局党委副书记、政委``, ``局党委委员、副局长``) (el08); a county site's 县长
调研 of the police with the former 庆安 公安局政委 now 明水's 副县长、县公安局党委书记、局长 (el09); a prefecture paper's 庆安 县委政法
工作会议, the former 副局长 now 政委 (el10).

Identity cases:
- el:吴昌林, court → county 政法委: 榕江县人民法院党组书记、院长 (el01 May 2022, el02 Feb 2023) → 从江县委常委、政法委书记 (el03 Apr
  2024, el04 Sept 2024).
- el:邰素梅: 榕江县人民法院 副院长 (el01 May 2022) → 党组书记、院长 (el03 Apr 2024), the post 吴昌林 left.
- el:冯志骞, procuratorate → procuratorate of another county: 西和县人民检察院党组成员、副检察长 (el05 Nov 2022) → 两当县人民检察院
  党组书记、检察长 (el06 June 2024).
- el:于德江, 公安局 → another county's 副县长 and 公安局长: 庆安县公安局党委副书记、政委 (el08 June 2022) → 明水县副县长、县公安局
  党委书记、局长 (el09 May 2024).
- two different 杨正江 in unrelated places: el:杨正江#1 is 从江县人民法院副院长 (贵州, el04); el:杨正江#2 is 庆安县公安局党委委员、
  副局长 (黑龙江, el08, 2022) → 党委副书记、政委 (el10, 2024), the post 于德江 left.
- the same officials across pages: el:潘光耀 (榕江县委常委、政法委书记, el01, el02, el03), el:姚丽芸 (榕江 检察长, el01, el02),
  el:石兰英 (从江 检察长, el03, el04), el:孙立峰 (庆安 公安局长, el08, el10). The court's press officer el:吴佳丽 is the 作者 of
  el01 and the 通讯员 of el03's second article.
- one organ word on several places: ``我院`` is 榕江县人民法院 on the court's site (el01) and 从江县人民检察院 / 西和县人民检察院 on the
  procuratorates' sites (el04, el05); bare ``院党组书记`` is the 从江 procuratorate's (el04); bare ``局党委`` is 庆安县公安局's (el08);
  ``县人民法院院长`` is 从江's (el03), 徽县's (el07), 庆安's (el10); ``县委常委、政法委书记`` 榕江's, 从江's, 两当's, 徽县's, 明水's,
  庆安's; ``副县长、县公安局党委书记、局长`` 榕江's (el02) and 明水's (el09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ab, cn, z where they speak; decided here where they are silent):
- ``县委常委、政法委书记`` → X县委 常委 + X县委政法委 书记 (cn). ``副县长、县公安局局长`` → X县政府 副县长 + X县公安局 局长;
  ``副县长、县公安局党委书记、局长`` → X县政府 副县长 + X县公安局党委 书记 + X县公安局 局长 (党委 only with its 书记 / 副书记 /
  委员, as cn, z); ``县公安局党委副书记、政委`` → X县公安局党委 副书记 + X县公安局 政委 (cn).
- Courts and procuratorates as written after their place (ab, cn): ``县人民法院党组书记、院长`` → X县人民法院党组 书记 + X县人民
  法院 院长; ``县人民检察院党组书记、检察长`` → X县人民检察院党组 书记 + X县人民检察院 检察长; ``党组成员、副检察长`` → X县人民检察院
  党组 成员 (党组成员 is a post of the 党组, z) + X县人民检察院 副检察长. A division as written after its organ (cn's 立案庭):
  ``第二检察部主任`` → 西和县人民检察院第二检察部 主任.
- ``我院`` on a court's site is that court (cn); DECIDED HERE: on a procuratorate's site ``我院`` and the bare ``院党组书记、检察长``
  are that procuratorate (从江县人民检察院, 西和县人民检察院), and on a 公安局's site the bare ``局党委书记、局长`` / ``局党委副书记、政委``
  / ``局党委委员、副局长`` are that 公安局's (庆安县公安局党委, 庆安县公安局). The bare ``县委`` / ``县人大常委会`` / ``县人民检察院``
  / ``县人民法院`` on a county court's or procuratorate's site are that county's; ``县政府党组成员`` on the 庆安 公安局 site →
  庆安县政府党组 成员 (z: 党组成员 is a post).
- ``县常态化扫黑除恶斗争领导小组组长`` and ``领导小组副组长`` are posts of the group (as cn's 征兵工作领导小组组长) with its county's
  label: 徽县常态化扫黑除恶斗争领导小组 组长 / 副组长. One-character county (ab, cn): 徽县 → 徽县委, 徽县政府, 徽县公安局.
- Bare organs in a prefecture paper take the county of the article (``从江召开…`` / ``榕江法院…`` in the 黔东南日报, ``徽县召开…`` in
  the 陇南日报, ``庆安召开…`` in the 绥化日报).
- A 人民陪审员 (el01) and the defendants (``韦某``) are not named persons: no line. The 审判长 of a trial is a role in that case,
  not a post: no line (吴昌林's posts are his 党组书记、院长).
- Events: 政法工作会议, 推进会, 领导小组会议, 部署会, 座谈会 are meetings (chair when 主持; 出席 / 参加 attendees; 讲话 / 作工作报告 /
  通报 / 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 speakers); a 调研 an inspection, the 检察长's 走访 of companies an ``inspection (走访)``
  (leader; 陪同 / 带领…一行 attendees); the 院长接待日 a ``reception (接访)`` (cn: leader = the one who receives, 参加接访 attendees);
  the 座谈会 after a 调研 or an 开放日 is a meeting of its own (as the corpus does for ``在随后召开的座谈会上``). DECIDED HERE: a public
  trial watched by invited officials is an ``activity (庭审)`` whose leader is the 审判长 (the text says 担任审判长, not 主持), the
  公诉人 and the 合议庭 member are attendees with the 旁听 officials, and the 现场评议 after it belongs to it; the 检察开放日 is an
  ``activity (检察开放日)`` organised by the procuratorate (``我院举办``), the invited and hosting officials its attendees.
- Bylines: ``作者：`` on a court's or procuratorate's site is an author line; ``本报讯（记者 … 通讯员 …）`` reporter / correspondent;
  ``本报讯（通讯员 …）`` correspondent; 责任编辑 / 编辑 / 审核 / 校对 editor lines; ``责任编辑：榕江县人民法院`` and ``来源：`` lines
  name organs: no line.
- Projects: works under way or to be pushed: a 指挥中心升级改造项目, a 派出所业务技术用房建设项目, a 看守所监控系统升级改造工程 and the
  ``“雪亮工程”二期建设项目`` are ``project``; a 仓储物流园建设项目 ``logistics_hub``. 综治中心 建设 in general, 派出所, 人民法庭, the
  12309检察服务中心 and companies visited are institutions, not projects (cn).
- Places: one line per name per file; county names in slogans (``平安榕江``, ``平安两当``), headlines and organ references count
  (``榕江法院`` → 榕江; ``榕江县人民法院党组书记`` → 榕江县); a town written in full inside a 派出所's name is a place (``明水镇派出所``
  → 明水镇, in_org_reference), a town's short name inside a 法庭's name is not (cn: ``栽麻人民法庭``, ``寨蒿人民法庭``); places inside
  company names are not annotated (``西和县仇池中药材加工有限公司``); meeting rooms (``县委大会议室``), 派出所, site lines,
  mastheads, 来源 lines, addresses, footers and related-article lists (``相关新闻``, ``本版其他新闻``, ``本版导读``, 上一篇 / 下一篇)
  are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

RJ, CJ, XH, LD, HX, QA, MS = "榕江县", "从江县", "西和县", "两当县", "徽县", "庆安县", "明水县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "el01_rongjiang.txt": (2022, "发布时间：2022-05-19 10:26:13", RJ, [
        ("院长担任审判长 法检“两长”同庭履职", "5月18日上午", "2022-05-18", "5月18日上午，我院第一审判法庭",
         "court site: a trial with the 院长 as 审判长, the 检察长 as 公诉人, the 人大 副主任 and 政法委书记 旁听; 副院长 in the 合议庭")]),
    "el02_rongjiang.txt": (2023, "发布时间：2023-02-24 09:15", RJ, [
        ("榕江县召开2023年县委政法工作会议", "2月23日上午", "2023-02-23", "2月23日上午，2023年县委政法工作会议",
         "county site: 县委政法工作会议 (书记 讲话, 县长 主持, 政法委书记 报告; 副县长、县公安局党委书记、局长; 法院院长, 检察长)")]),
    "el03_qiandongnan.txt": (2024, "2024年04月12日　星期五", "黔东南州", [
        ("从江召开常态化扫黑除恶斗争推进会", "4月10日", "2024-04-10", "本报讯（记者 张雅楠 通讯员 梁秋菊）4月10日",
         "prefecture paper: 从江's 扫黑除恶 推进会; the former 榕江 法院院长 now 从江's 政法委书记"),
        ("榕江法院院长接待日倾听群众诉求", "4月9日上午", "2024-04-09", "本报讯（通讯员 吴佳丽）4月9日上午",
         "prefecture paper: 榕江's 院长接待日; the former 副院长 now 院长; the 政法委书记 参加接访")]),
    "el04_congjiang.txt": (2024, "发布时间：2024-09-13 16:40", CJ, [
        ("我院举办“检察护航民营经济”主题检察开放日活动", "9月12日", "2024-09-12", "为深化检务公开、主动接受社会监督",
         "procuratorate site: 检察开放日 and its 座谈会 (院党组书记、检察长; 副检察长 主持; 政法委书记, 人大副主任, 法院副院长 invited)")]),
    "el05_xihe.txt": (2022, "发布时间：2022-11-16 17:05", XH, [
        ("包文斌检察长带队走访涉案企业 护航民营经济发展", "11月15日", "2022-11-15", "11月15日，我院党组书记",
         "procuratorate site: the 检察长's 走访 of companies with the 副检察长 and the 第二检察部主任")]),
    "el06_liangdang.txt": (2024, "发布日期：2024-06-21", LD, [
        ("张廷栋到县人民检察院调研检察工作", "6月20日", "2024-06-20", "6月20日，县委常委、政法委书记张廷栋",
         "county site: the 政法委书记's 调研 of the procuratorate; the former 西和 副检察长 now 检察长; 座谈会")]),
    "el07_longnan.txt": (2023, "2023年08月18日　星期五", HX, [
        ("徽县召开常态化扫黑除恶斗争领导小组（扩大）会议", "8月16日", "2023-08-16", "本报讯（记者 李明浩）8月16日",
         "prefecture paper: 徽县 扫黑除恶 领导小组（扩大）会议 (县委书记、组长 主持; 县长、副组长; 政法委书记、副组长; 公安, 法院, 检察院 heads)")]),
    "el08_qingan.txt": (2022, "发布时间：2022-06-24 15:30", QA, [
        ("县公安局召开夏季治安打击整治“百日行动”部署会", "6月23日下午", "2022-06-23", "6月23日下午，县公安局召开",
         "公安局 site: 百日行动 部署会 (县政府党组成员、局党委书记、局长; 局党委副书记、政委 主持; 局党委委员、副局长)")]),
    "el09_mingshui.txt": (2024, "发布时间：2024-05-29 17:48", MS, [
        ("曲红岩调研全县公安工作", "5月28日", "2024-05-28", "5月28日，县委副书记、县长曲红岩",
         "county site: the 县长's 调研 of the police; the former 庆安 政委 now 副县长、县公安局党委书记、局长")]),
    "el10_suihua.txt": (2024, "2024年03月08日　星期五", QA, [
        ("庆安召开2024年县委政法工作会议", "3月6日", "2024-03-06", "本报讯（记者 许佳宁 通讯员 邹雨萌）3月6日",
         "prefecture paper: 庆安's 县委政法工作会议; 公安局长; the former 副局长 now 政委")]),
}

_E01_WU = "我院党组书记、院长吴昌林担任审判长"
_E01_YAO = "县人民检察院党组书记、检察长姚丽芸出庭支持公诉"
_E01_OU = "县人大常委会副主任欧明秀，县委常委、政法委书记潘光耀"
_E02_ATT = "副县长、县公安局党委书记、局长龙再权，县人民法院党组书记、院长吴昌林，县人民检察院党组书记、检察长姚丽芸出席会议"
_E03_ATT = "县人民法院院长贾志宏，县人民检察院检察长石兰英出席会议"
_E04_GUEST = "县委常委、政法委书记吴昌林，县人大常委会副主任杨通礼，县人民法院副院长杨正江"
_E04_HOST = "院党组书记、检察长石兰英，党组成员、副检察长王继川"
_E05_LEAD = "我院党组书记、检察长包文斌带领党组成员、副检察长冯志骞，第二检察部主任李晓坤一行"
_E07_SONG = "县委书记、县常态化扫黑除恶斗争领导小组组长宋文渊主持会议并讲话"
_E07_LIU = "县委副书记、县长、领导小组副组长刘海平"
_E07_ZHENG = "县委常委、政法委书记、领导小组副组长郑玉杰出席会议"
_E07_ATT = "副县长、县公安局局长贺晓峰，县人民法院院长田建荣，县人民检察院检察长魏淑萍参加会议"
_E08_SUN = "县政府党组成员、局党委书记、局长孙立峰出席会议并讲话"
_E09_ATT = "县委常委、政法委书记高树林，副县长、县公安局党委书记、局长于德江陪同调研"
_E10_ATT = "县政府党组成员、县公安局局长孙立峰，县人民法院院长谭玉洁，县人民检察院检察长任国庆出席会议"
_HXG = "徽县常态化扫黑除恶斗争领导小组"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 榕江县 / 从江县 (黔东南)
    "el:吴昌林": ("吴昌林", "official", "黔东南州", [
        ("el01", RJ + "人民法院党组", "书记", _E01_WU, "2022-05; 我院 on the court's site = 榕江县人民法院 (cn) (identity case: 从江县委政法委书记 in 2024)"),
        ("el01", RJ + "人民法院", "院长", _E01_WU, "the 审判长 of the trial is no post"),
        ("el02", RJ + "人民法院党组", "书记", _E02_ATT, "2023-02: the same posts"),
        ("el02", RJ + "人民法院", "院长", _E02_ATT, None),
        ("el03", CJ + "委", "常委", "县委常委、政法委书记吴昌林出席会议并讲话", "2024-04: now in 从江县 (bare 县委 in the 黔东南日报's 从江 article)"),
        ("el03", CJ + "委政法委", "书记", "县委常委、政法委书记吴昌林出席会议并讲话", "法院院长 → 政法委书记 of another county"),
        ("el04", CJ + "委", "常委", _E04_GUEST, "2024-09: bare 县委 on the 从江 procuratorate's site"),
        ("el04", CJ + "委政法委", "书记", _E04_GUEST, None)], []),
    "el:邰素梅": ("邰素梅", "official", RJ, [
        ("el01", RJ + "人民法院", "副院长", "与副院长邰素梅及一名人民陪审员组成合议庭", "2022-05: 副院长 on the court's site = that court (cn) (identity case: 院长 in 2024)"),
        ("el03", RJ + "人民法院党组", "书记", "榕江县人民法院党组书记、院长邰素梅在诉讼服务中心", "2024-04: succeeds 吴昌林"),
        ("el03", RJ + "人民法院", "院长", "榕江县人民法院党组书记、院长邰素梅在诉讼服务中心", None)], []),
    "el:姚丽芸": ("姚丽芸", "official", RJ, [
        ("el01", RJ + "人民检察院党组", "书记", _E01_YAO, "bare 县人民检察院 on the 榕江 court's site = 榕江's"),
        ("el01", RJ + "人民检察院", "检察长", _E01_YAO, None),
        ("el02", RJ + "人民检察院党组", "书记", _E02_ATT, None),
        ("el02", RJ + "人民检察院", "检察长", _E02_ATT, None)], []),
    "el:欧明秀": ("欧明秀", "official", RJ, [
        ("el01", RJ + "人大常委会", "副主任", _E01_OU, None)], []),
    "el:潘光耀": ("潘光耀", "official", RJ, [
        ("el01", RJ + "委", "常委", _E01_OU, "2022-05"),
        ("el01", RJ + "委政法委", "书记", _E01_OU, None),
        ("el02", RJ + "委", "常委", "县委常委、政法委书记潘光耀作工作报告", "2023-02"),
        ("el02", RJ + "委政法委", "书记", "县委常委、政法委书记潘光耀作工作报告", None),
        ("el03", RJ + "委", "常委", "县委常委、政法委书记潘光耀到院参加接访", "2024-04: bare 县委 in the 榕江 article"),
        ("el03", RJ + "委政法委", "书记", "县委常委、政法委书记潘光耀到院参加接访", None)], []),
    "el:杨胜槐": ("杨胜槐", "official", RJ, [
        ("el02", RJ + "委", "书记", "县委书记杨胜槐出席会议并讲话", None)], []),
    "el:石茂彬": ("石茂彬", "official", RJ, [
        ("el02", RJ + "委", "副书记", "县委副书记、县长石茂彬主持会议", None),
        ("el02", RJ + "政府", "县长", "县委副书记、县长石茂彬主持会议", None)], []),
    "el:龙再权": ("龙再权", "official", RJ, [
        ("el02", RJ + "政府", "副县长", _E02_ATT, None),
        ("el02", RJ + "公安局党委", "书记", _E02_ATT, "党委 with its 书记 (cn, z)"),
        ("el02", RJ + "公安局", "局长", _E02_ATT, None)], []),
    "el:蒙建华": ("蒙建华", "official", CJ, [
        ("el03", CJ + "政府", "副县长", "副县长、县公安局局长蒙建华主持会议", None),
        ("el03", CJ + "公安局", "局长", "副县长、县公安局局长蒙建华主持会议", None)], []),
    "el:贾志宏": ("贾志宏", "official", CJ, [
        ("el03", CJ + "人民法院", "院长", _E03_ATT, "bare 县人民法院 = 从江's here, 徽县's in el07, 庆安's in el10")], []),
    "el:石兰英": ("石兰英", "official", CJ, [
        ("el03", CJ + "人民检察院", "检察长", _E03_ATT, "2024-04"),
        ("el04", CJ + "人民检察院党组", "书记", _E04_HOST, "2024-09; DECIDED HERE: bare 院党组 on the procuratorate's site = that procuratorate's"),
        ("el04", CJ + "人民检察院", "检察长", _E04_HOST, None)], []),
    "el:覃明辉": ("覃明辉", "official", CJ, [
        ("el03", CJ + "公安局党委", "副书记", "县公安局党委副书记、政委覃明辉通报了", "as cn"),
        ("el03", CJ + "公安局", "政委", "县公安局党委副书记、政委覃明辉通报了", None)], []),
    "el:杨通礼": ("杨通礼", "official", CJ, [
        ("el04", CJ + "人大常委会", "副主任", _E04_GUEST, None)], []),
    "el:杨正江#1": ("杨正江", "official", CJ, [
        ("el04", CJ + "人民法院", "副院长", _E04_GUEST, "从江 (贵州); not the 杨正江 of 庆安县公安局 (el08, el10)")], []),
    "el:王继川": ("王继川", "official", CJ, [
        ("el04", CJ + "人民检察院党组", "成员", _E04_HOST, "党组成员 is a post of the 党组 (z)"),
        ("el04", CJ + "人民检察院", "副检察长", _E04_HOST, None)], []),
    # ---- 西和县 / 两当县 / 徽县 (陇南)
    "el:包文斌": ("包文斌", "official", XH, [
        ("el05", XH + "人民检察院党组", "书记", _E05_LEAD, "DECIDED HERE: 我院 on the procuratorate's site = 西和县人民检察院; named in the headline too"),
        ("el05", XH + "人民检察院", "检察长", _E05_LEAD, None)], []),
    "el:冯志骞": ("冯志骞", "official", "陇南市", [
        ("el05", XH + "人民检察院党组", "成员", _E05_LEAD, "2022-11 (identity case: 两当县人民检察院检察长 in 2024, el06)"),
        ("el05", XH + "人民检察院", "副检察长", _E05_LEAD, None),
        ("el06", LD + "人民检察院党组", "书记", "县人民检察院党组书记、检察长冯志骞陪同调研", "2024-06: now in 两当县 (bare 县人民检察院 on the 两当 site)"),
        ("el06", LD + "人民检察院", "检察长", "县人民检察院党组书记、检察长冯志骞陪同调研", "副检察长 → 检察长 of another county")], []),
    "el:李晓坤": ("李晓坤", "official", XH, [
        ("el05", XH + "人民检察院第二检察部", "主任", _E05_LEAD, "a division as written after the procuratorate (cn's 立案庭)")], []),
    "el:张廷栋": ("张廷栋", "official", LD, [
        ("el06", LD + "委", "常委", "县委常委、政法委书记张廷栋到县人民检察院调研", "named in the headline too"),
        ("el06", LD + "委政法委", "书记", "县委常委、政法委书记张廷栋到县人民检察院调研", None)], []),
    "el:苟海燕": ("苟海燕", "official", LD, [
        ("el06", LD + "人民检察院党组", "成员", "县人民检察院党组成员、副检察长苟海燕", None),
        ("el06", LD + "人民检察院", "副检察长", "县人民检察院党组成员、副检察长苟海燕", None)], []),
    "el:宋文渊": ("宋文渊", "official", HX, [
        ("el07", HX + "委", "书记", _E07_SONG, "one-character county keeps its full name (ab, cn)"),
        ("el07", _HXG, "组长", _E07_SONG, "the 领导小组's 组长 is a post of the group (cn)")], []),
    "el:刘海平": ("刘海平", "official", HX, [
        ("el07", HX + "委", "副书记", _E07_LIU, None),
        ("el07", HX + "政府", "县长", _E07_LIU, None),
        ("el07", _HXG, "副组长", _E07_LIU, "bare 领导小组 = the 县常态化扫黑除恶斗争领导小组 named just before")], []),
    "el:郑玉杰": ("郑玉杰", "official", HX, [
        ("el07", HX + "委", "常委", _E07_ZHENG, None),
        ("el07", HX + "委政法委", "书记", _E07_ZHENG, None),
        ("el07", _HXG, "副组长", _E07_ZHENG, None)], []),
    "el:贺晓峰": ("贺晓峰", "official", HX, [
        ("el07", HX + "政府", "副县长", _E07_ATT, None),
        ("el07", HX + "公安局", "局长", _E07_ATT, None)], []),
    "el:田建荣": ("田建荣", "official", HX, [
        ("el07", HX + "人民法院", "院长", _E07_ATT, None)], []),
    "el:魏淑萍": ("魏淑萍", "official", HX, [
        ("el07", HX + "人民检察院", "检察长", _E07_ATT, None)], []),
    # ---- 庆安县 / 明水县 (绥化)
    "el:孙立峰": ("孙立峰", "official", QA, [
        ("el08", QA + "政府党组", "成员", _E08_SUN, "2022-06; 县政府党组成员 (z)"),
        ("el08", QA + "公安局党委", "书记", _E08_SUN, "DECIDED HERE: bare 局 on the 公安局's site = 庆安县公安局"),
        ("el08", QA + "公安局", "局长", _E08_SUN, None),
        ("el10", QA + "政府党组", "成员", _E10_ATT, "2024-03"),
        ("el10", QA + "公安局", "局长", _E10_ATT, None)], []),
    "el:于德江": ("于德江", "official", "绥化市", [
        ("el08", QA + "公安局党委", "副书记", "局党委副书记、政委于德江主持会议", "2022-06 (identity case: 明水县副县长、县公安局局长 in 2024, el09)"),
        ("el08", QA + "公安局", "政委", "局党委副书记、政委于德江主持会议", None),
        ("el09", MS + "政府", "副县长", _E09_ATT, "2024-05: now in 明水县"),
        ("el09", MS + "公安局党委", "书记", _E09_ATT, None),
        ("el09", MS + "公安局", "局长", _E09_ATT, "政委 → 局长 of another county")], []),
    "el:杨正江#2": ("杨正江", "official", QA, [
        ("el08", QA + "公安局党委", "委员", "局党委委员、副局长杨正江对", "庆安 (黑龙江), 2022-06; not the 杨正江 of 从江县人民法院 (el04)"),
        ("el08", QA + "公安局", "副局长", "局党委委员、副局长杨正江对", None),
        ("el10", QA + "公安局党委", "副书记", "县公安局党委副书记、政委杨正江汇报了", "2024-03: now 政委, the post 于德江 left"),
        ("el10", QA + "公安局", "政委", "县公安局党委副书记、政委杨正江汇报了", None)], []),
    "el:曲红岩": ("曲红岩", "official", MS, [
        ("el09", MS + "委", "副书记", "县委副书记、县长曲红岩深入县公安局指挥中心", "named in the headline too"),
        ("el09", MS + "政府", "县长", "县委副书记、县长曲红岩深入县公安局指挥中心", None)], []),
    "el:高树林": ("高树林", "official", MS, [
        ("el09", MS + "委", "常委", _E09_ATT, None),
        ("el09", MS + "委政法委", "书记", _E09_ATT, None)], []),
    "el:邵振国": ("邵振国", "official", QA, [
        ("el10", QA + "委", "书记", "县委书记邵振国出席会议并讲话", "bare 县委 in the 绥化日报's 庆安 article")], []),
    "el:贾立川": ("贾立川", "official", QA, [
        ("el10", QA + "委", "副书记", "县委副书记、县长贾立川主持会议", None),
        ("el10", QA + "政府", "县长", "县委副书记、县长贾立川主持会议", None)], []),
    "el:牛文斌": ("牛文斌", "official", QA, [
        ("el10", QA + "委", "常委", "县委常委、政法委书记牛文斌作工作报告", None),
        ("el10", QA + "委政法委", "书记", "县委常委、政法委书记牛文斌作工作报告", None)], []),
    "el:谭玉洁": ("谭玉洁", "official", QA, [
        ("el10", QA + "人民法院", "院长", _E10_ATT, None)], []),
    "el:任国庆": ("任国庆", "official", QA, [
        ("el10", QA + "人民检察院", "检察长", _E10_ATT, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("el01", "吴佳丽", "作者", "author", "作者：吴佳丽"),
    ("el02", "王丽霞", "责任编辑", "editor", "责任编辑：王丽霞"),
    ("el02", "郭子涵", "审核", "editor", "审核：郭子涵"),
    ("el03", "张雅楠", "记者", "reporter", "本报讯（记者 张雅楠 通讯员 梁秋菊）"),
    ("el03", "梁秋菊", "通讯员", "correspondent", "本报讯（记者 张雅楠 通讯员 梁秋菊）"),
    ("el03", "吴佳丽", "通讯员", "correspondent", "本报讯（通讯员 吴佳丽）"),
    ("el03", "刘晓彤", "责任编辑", "editor", "责任编辑：刘晓彤"),
    ("el04", "孟令伟", "作者", "author", "作者：孟令伟"),
    ("el05", "陈晓燕", "编辑", "editor", "编辑：陈晓燕"),
    ("el05", "周玉婷", "审核", "editor", "审核：周玉婷"),
    ("el06", "姜春雨", "责任编辑", "editor", "责任编辑：姜春雨"),
    ("el07", "李明浩", "记者", "reporter", "本报讯（记者 李明浩）"),
    ("el07", "王冠宇", "责任编辑", "editor", "责任编辑：王冠宇"),
    ("el07", "刘丹丹", "校对", "editor", "校对：刘丹丹"),
    ("el08", "于晓丹", "编辑", "editor", "编辑：于晓丹"),
    ("el08", "谭思琪", "审核", "editor", "审核：谭思琪"),
    ("el09", "高文静", "责任编辑", "editor", "责任编辑：高文静"),
    ("el10", "许佳宁", "记者", "reporter", "本报讯（记者 许佳宁 通讯员 邹雨萌）"),
    ("el10", "邹雨萌", "通讯员", "correspondent", "本报讯（记者 许佳宁 通讯员 邹雨萌）"),
    ("el10", "付雪莹", "责任编辑", "editor", "责任编辑：付雪莹"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("el01", "涉恶寻衅滋事案件公开庭审（院长担任审判长、检察长出庭支持公诉）", "activity (庭审)", "5月18日上午", None, "吴昌林", [],
     ["邰素梅", "姚丽芸", "欧明秀", "潘光耀"], ["姚丽芸", "欧明秀", "潘光耀", "吴昌林"], "榕江县人民法院第一审判法庭",
     "一起涉恶寻衅滋事案件在此公开开庭审理",
     [_E01_WU, "与副院长邰素梅及一名人民陪审员组成合议庭", _E01_YAO, "政法委书记潘光耀及部分县人大代表、政协委员、群众代表30余人旁听庭审",
      "姚丽芸围绕被告人", "欧明秀指出", "潘光耀表示", "吴昌林表示"]),
    ("el02", "2023年县委政法工作会议", "meeting (政法工作会议)", "2月23日上午", "石茂彬", None, [],
     ["杨胜槐", "龙再权", "吴昌林", "姚丽芸"], ["杨胜槐", "潘光耀", "石茂彬"], "县委大会议室",
     "2月23日上午，2023年县委政法工作会议在县委大会议室召开",
     ["县委书记杨胜槐出席会议并讲话", "县长石茂彬主持会议", "政法委书记潘光耀作工作报告", _E02_ATT, "杨胜槐充分肯定",
      "潘光耀在报告中指出", "石茂彬要求"]),
    ("el03", "从江县常态化扫黑除恶斗争推进会", "meeting (推进会)", "4月10日", "蒙建华", None, ["从江县"],
     ["吴昌林", "贾志宏", "石兰英"], ["覃明辉", "吴昌林", "蒙建华"], None,
     "4月10日，从江县召开常态化扫黑除恶斗争推进会",
     ["政法委书记吴昌林出席会议并讲话", "县公安局局长蒙建华主持会议", _E03_ATT, "政委覃明辉通报了", "吴昌林指出", "蒙建华要求"]),
    ("el03", "院长接待日", "reception (接访)", "4月9日上午", None, "邰素梅", [],
     ["潘光耀"], ["潘光耀", "邰素梅"], "榕江县人民法院诉讼服务中心",
     "院长邰素梅在诉讼服务中心开展“院长接待日”活动",
     ["院长邰素梅在诉讼服务中心开展", "政法委书记潘光耀到院参加接访", "潘光耀指出", "邰素梅表示"]),
    ("el04", "“检察护航民营经济”主题检察开放日活动", "activity (检察开放日)", "9月12日", None, None, ["从江县人民检察院"],
     ["吴昌林", "杨通礼", "杨正江", "石兰英", "王继川"], [], "从江县人民检察院",
     "9月12日，我院举办以“检察护航民营经济”为主题的检察开放日活动",
     [_E04_GUEST, _E04_HOST]),
    ("el04", "检察开放日座谈会", "meeting (座谈会)", "9月12日", "王继川", None, [],
     [], ["石兰英", "杨正江", "吴昌林"], "从江县人民检察院",
     "在随后召开的座谈会上，王继川主持座谈会",
     ["王继川主持座谈会", "石兰英通报了", "杨正江介绍了", "吴昌林指出", "石兰英表示"]),
    ("el05", "涉案企业走访", "inspection (走访)", "11月15日", None, "包文斌", [],
     ["冯志骞", "李晓坤"], ["冯志骞", "包文斌"], "何坝镇、大桥镇、长道镇",
     "我院党组书记、检察长包文斌带领党组成员、副检察长冯志骞，第二检察部主任李晓坤一行，先后走访了",
     [_E05_LEAD, "冯志骞介绍了", "包文斌表示", "冯志骞要求"]),
    ("el06", "县人民检察院检察工作调研", "inspection (调研)", "6月20日", None, "张廷栋", [],
     ["冯志骞"], [], "两当县人民检察院",
     "县委常委、政法委书记张廷栋到县人民检察院调研检察工作",
     ["政法委书记张廷栋到县人民检察院调研", "检察长冯志骞陪同调研"]),
    ("el06", "座谈会", "meeting (座谈会)", "6月20日", None, None, [],
     [], ["冯志骞", "苟海燕", "张廷栋"], "两当县人民检察院",
     "在随后召开的座谈会上，冯志骞汇报了",
     ["冯志骞汇报了", "副检察长苟海燕就云屏镇", "张廷栋充分肯定", "冯志骞表示"]),
    ("el07", "徽县常态化扫黑除恶斗争领导小组（扩大）会议", "meeting (领导小组会议)", "8月16日", "宋文渊", None, ["徽县"],
     ["刘海平", "郑玉杰", "贺晓峰", "田建荣", "魏淑萍"], ["郑玉杰", "贺晓峰", "田建荣", "魏淑萍", "宋文渊", "刘海平"], None,
     "8月16日，徽县召开常态化扫黑除恶斗争领导小组（扩大）会议",
     [_E07_SONG, "县长、领导小组副组长刘海平", "领导小组副组长郑玉杰出席会议", _E07_ATT, "郑玉杰通报了", "贺晓峰、田建荣、魏淑萍分别汇报了",
      "宋文渊强调", "刘海平要求"]),
    ("el08", "夏季治安打击整治“百日行动”部署会", "meeting (部署会)", "6月23日下午", "于德江", None, ["庆安县公安局"],
     ["孙立峰"], ["孙立峰", "杨正江", "于德江"], None,
     "6月23日下午，县公安局召开夏季治安打击整治“百日行动”部署会",
     [_E08_SUN, "政委于德江主持会议", "副局长杨正江对“百日行动”作具体部署", "孙立峰指出", "杨正江从打击破案", "于德江要求"]),
    ("el09", "公安基层基础建设和夏季治安防控工作调研", "inspection (调研)", "5月28日", None, "曲红岩", [],
     ["高树林", "于德江"], ["于德江", "曲红岩", "高树林"], "明水镇、通达镇",
     "县委副书记、县长曲红岩深入县公安局指挥中心、明水镇派出所、通达镇派出所和县公安局交警大队",
     ["县长曲红岩深入县公安局指挥中心", _E09_ATT, "于德江汇报了", "曲红岩指出", "高树林表示", "于德江表示"]),
    ("el10", "庆安县2024年县委政法工作会议", "meeting (政法工作会议)", "3月6日", "贾立川", None, ["庆安县"],
     ["邵振国", "孙立峰", "谭玉洁", "任国庆"], ["牛文斌", "邵振国", "杨正江", "贾立川"], None,
     "3月6日，庆安县召开2024年县委政法工作会议",
     ["县委书记邵振国出席会议并讲话", "县长贾立川主持会议", "政法委书记牛文斌作工作报告", _E10_ATT, "牛文斌在报告中指出", "邵振国强调",
      "政委杨正江汇报了", "贾立川要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("el02", "县公安局指挥中心升级改造项目", "project", "加快县公安局指挥中心升级改造项目建设"),
    ("el05", "长道镇中药材仓储物流园建设项目", "logistics_hub", "在长道镇中药材仓储物流园建设项目现场"),
    ("el08", "庆安镇派出所业务技术用房建设项目", "project", "要加快庆安镇派出所业务技术用房建设项目"),
    ("el08", "县看守所监控系统升级改造工程", "project", "县看守所监控系统升级改造工程，夯实基层基础"),
    ("el09", "“雪亮工程”二期建设项目", "project", "于德江汇报了今年以来全县公安工作和“雪亮工程”二期建设项目推进情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("el01", "古州镇", "town", "standalone", "结伙在古州镇、忠诚镇农贸市场强收"),
    ("el01", "忠诚镇", "town", "standalone", "结伙在古州镇、忠诚镇农贸市场强收"),
    ("el01", "榕江", "county", "standalone", "把常态化扫黑除恶与平安榕江建设结合起来"),
    ("el02", "榕江县", "county", "standalone", "榕江县召开2023年县委政法工作会议"),
    ("el02", "寨蒿镇", "town", "standalone", "推进寨蒿镇、平永镇、忠诚镇等乡镇综治中心规范化建设"),
    ("el02", "平永镇", "town", "standalone", "推进寨蒿镇、平永镇、忠诚镇等乡镇综治中心规范化建设"),
    ("el02", "忠诚镇", "town", "standalone", "推进寨蒿镇、平永镇、忠诚镇等乡镇综治中心规范化建设"),
    ("el02", "都柳江", "river", "standalone", "抓好都柳江流域禁捕退捕执法监管"),
    ("el02", "榕江", "county", "standalone", "为建设平安榕江提供坚强保障"),
    ("el02", "古州镇", "town", "standalone", "县公安局、县人民法院、古州镇、寨蒿镇作交流发言"),
    ("el03", "从江", "county", "standalone", "从江召开常态化扫黑除恶斗争推进会"),
    ("el03", "从江县", "county", "standalone", "4月10日，从江县召开常态化扫黑除恶斗争推进会"),
    ("el03", "丙妹镇", "town", "standalone", "丙妹镇、贯洞镇作表态发言"),
    ("el03", "贯洞镇", "town", "standalone", "丙妹镇、贯洞镇作表态发言"),
    ("el03", "加榜梯田", "scenic_area", "standalone", "要结合加榜梯田、岜沙苗寨等景区旅游旺季"),
    ("el03", "岜沙苗寨", "village", "standalone", "要结合加榜梯田、岜沙苗寨等景区旅游旺季"),
    ("el03", "榕江", "county", "in_org_reference", "榕江法院院长接待日倾听群众诉求"),
    ("el03", "榕江县", "county", "in_org_reference", "榕江县人民法院党组书记、院长邰素梅"),
    ("el05", "何坝镇", "town", "standalone", "何坝镇一家手工挂面企业"),
    ("el05", "大桥镇", "town", "standalone", "大桥镇半夏种植专业合作社"),
    ("el05", "长道镇", "town", "in_project_name", "在长道镇中药材仓储物流园建设项目现场"),
    ("el06", "云屏镇", "town", "standalone", "就云屏镇、站儿巷镇嘉陵江支流生态环境保护"),
    ("el06", "站儿巷镇", "town", "standalone", "就云屏镇、站儿巷镇嘉陵江支流生态环境保护"),
    ("el06", "嘉陵江", "river", "standalone", "要围绕嘉陵江流域生态保护"),
    ("el06", "两当", "county", "standalone", "主动融入平安两当、法治两当建设大局"),
    ("el07", "徽县", "county", "standalone", "8月16日，徽县召开常态化扫黑除恶斗争领导小组（扩大）会议"),
    ("el07", "伏家镇", "town", "standalone", "重点加强伏家镇、银杏树镇、江洛镇等乡镇的综合治理"),
    ("el07", "银杏树镇", "town", "standalone", "重点加强伏家镇、银杏树镇、江洛镇等乡镇的综合治理"),
    ("el07", "江洛镇", "town", "standalone", "重点加强伏家镇、银杏树镇、江洛镇等乡镇的综合治理"),
    ("el08", "庆安镇", "town", "standalone", "要强化庆安镇夜市、柳河镇集贸市场等重点部位巡逻防控"),
    ("el08", "柳河镇", "town", "standalone", "要强化庆安镇夜市、柳河镇集贸市场等重点部位巡逻防控"),
    ("el09", "明水镇", "town", "in_org_reference", "县公安局指挥中心、明水镇派出所、通达镇派出所"),
    ("el09", "通达镇", "town", "in_org_reference", "县公安局指挥中心、明水镇派出所、通达镇派出所"),
    ("el10", "庆安", "county", "standalone", "庆安召开2024年县委政法工作会议"),
    ("el10", "庆安县", "county", "standalone", "3月6日，庆安县召开2024年县委政法工作会议"),
    ("el10", "呼兰河", "river", "standalone", "呼兰河流域非法采砂得到有效遏制"),
    ("el10", "庆安镇", "town", "standalone", "要抓好庆安镇、大罗镇、平安镇等人口集中乡镇"),
    ("el10", "大罗镇", "town", "standalone", "要抓好庆安镇、大罗镇、平安镇等人口集中乡镇"),
    ("el10", "平安镇", "town", "standalone", "要抓好庆安镇、大罗镇、平安镇等人口集中乡镇"),
    ("el10", "久胜镇", "town", "standalone", "县人民法院、久胜镇作交流发言"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="el", conventions="set el (blind set: 政法 news of counties in 贵州 黔东南州 (榕江县, 从江县, the 黔东南日报), 甘肃 陇南市 (西和县, 两当县, the 陇南日报 on 徽县) and 黑龙江 绥化市 (庆安县, 明水县, the 绥化日报): courts and procuratorates as written after their county (X县人民法院 院长, X县人民法院党组 书记, X县人民检察院 检察长, X县人民检察院党组 书记 / 成员, X县人民检察院第二检察部 主任); 县委常委、政法委书记 → X县委 常委 + X县委政法委 书记; 副县长、县公安局党委书记、局长 → X县政府 副县长 + X县公安局党委 书记 + X县公安局 局长; 我院 / 院党组 / 局党委 on an organ's own site are that organ's; 县政府党组成员 a post of X县政府党组; the 扫黑除恶斗争领导小组's 组长 / 副组长 posts of the group; a trial is an activity led by the 审判长 (no post); the 检察开放日 an activity and its 座谈会 a meeting; one line per post per article)",
          persons_note="Set el persons. id = corpus-wide person_id (el:杨正江#1 of 从江县人民法院 (贵州) and el:杨正江#2 of 庆安县公安局 (黑龙江) are two people; el:吴昌林 moves 榕江县人民法院院长 2022-23 → 从江县委政法委书记 2024; el:邰素梅 榕江 副院长 2022 → 院长 2024; el:冯志骞 西和 副检察长 2022 → 两当 检察长 2024; el:于德江 庆安 公安局政委 2022 → 明水 副县长、公安局长 2024; el:杨正江#2 副局长 2022 → 政委 2024)")


if __name__ == "__main__":
    main()
