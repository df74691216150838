"""Write gold part ``gp`` (a blind set, held-out-like mix, 18th round: pages as a user would collect them from many places
at once — 浙江, 江苏, 湖北, 天津, 西藏, 河北 — county and district government sites with chrome, city papers' e-edition pages
and a portal reprint; each page a different county or district; leaders' 调研, 会议, 会见 and 签约 with title chains) from
the tables below.

Pages ``tests/dev/texts/gp*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool (none copied): the 天津 红桥区 site (``当前位置:``, ``区委书记…陪同调研并
参加座谈``); the 天津 滨海新区 site (``当前位置: 首页>首页>滨海要闻``, ``发布日期: … 来源: 津滨海``, ``字号:``, ``扫一扫在手机打开
当前页``, a 区人大常委会 视察 with ``副主任…、…、…`` after one title); the 浙江在线 遂昌新闻网 page (``浙江在线 > 遂昌新闻网 > 专题专栏
> 县长专栏``, ``2018-05-06 18:40:26来源: 作者: 编辑:``, ``本网5月6日讯(记者 …)``, a 山海协作 delegation's 考察 and 签约 with the
``县委副书记、县长…陪同考察``); three 西藏 pages: 中国西藏网 (``发布时间:… 来源: 中国西藏新闻网``, ``(责编: …)``), 西藏新闻网
(``您当前的位置:西藏新闻网 > 政务 > 政务要闻``, ``分享到:``, a 自治区主席's 调研 in 那曲 ``…一同调研``) and its 援藏 page (``首页 >
援藏 > 援藏动态``, a 江苏 援藏干部 as ``拉萨市委常委、曲水县委书记``, ``曲水县委副书记、县长``); the 河北 阜城 site (``来源:阜城宣传 |
作者: | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:``, ``县委书记…主持召开县委常委(扩大)会，县四大班子主要领导、各常委、各副县长参加
会议``, the 市委全会 精神 relayed); the 河北 南皮 人大常委会 page (主任 主持, a list of 副主任 出席, the 县长 and others 列席); the 湖北
黄冈 集中开工 page (``市委书记…宣布项目开工，市委副书记、市长…讲话``, ``市政协副主席、黄州区委书记…介绍``); the 宜城 云上 page
(``记者…报道:``, a 孝昌县委副书记、县长's 考察团, ``宜城市委常委、副市长…参加考察``); the 五峰 page (``县委书记…，县委副书记、县长…
带领党政代表团``, ``宜昌市委常委、宜都市委书记…陪同考察``); a 公安县 → 澧县 page (``县领导…陪同考察或参加座谈``); a 常州 district
page (``市委常委、区委书记…专题研究…区委副书记、区长…参加``). Places are real: 浙江 金华 (磐安县, 武义县), 江苏 盐城 (滨海县, 响水县),
湖北 襄阳 (保康县, 南漳县), 天津 (静海区), 西藏 林芝 (波密县), 河北 承德 (滦平县, 隆化县).

Shapes: a county site's 工作动态 page of a 集中签约仪式 (常务副县长 主持; a city 副市长, the 县委书记, the 县长, the 县人大常委会主任
出席; a 局长 presents the projects; a company's 董事长 speaks; share buttons, 相关文章, footer with 备案号 and 网站标识码) (gp01); a
county 新闻网 portal page (``作者： 编辑：`` stamp line, ``本网讯（记者 … 通讯员 …）``) of the 县长's 调研 of two towns with a town
secretary and a 镇长 (gp02); a county site's 政务要闻 page of a 县政府常务会议 (县长 主持; 常务副县长 and a list of 副县长 出席; a
县人大常委会副主任 and a ``县委常委、经济开发区党工委书记`` 列席; a 局长 汇报) (gp03); the 盐城日报 第A01版 (two-line headline) of the
市长's 调研 of 响水县 with the 副市长 (the former 滨海 县长), the 市政府秘书长, the 县委书记 / 县长 and a town secretary, and a 座谈会
after it (gp04); a county site's 领导活动 page of the 县委书记's 防汛 检查 and project 调研 (gp05); a portal's reprint of the 襄阳日报
(``来源：襄阳日报　　作者：记者 … 通讯员 …``, ``【编辑：…】``, 相关新闻) of the 市委书记's 调研 of 南漳县 with the 市委常委、秘书长 (the
former 保康县委书记) (gp06); the 天津 静海区 site of the 区委书记's 会见 of a company and the 签约仪式 after it (副区长 主持, a bare
``市商务局副局长``, a ``区委常委、经济开发区党工委书记`` signs) (gp07); the 波密县 site of a 林芝 ``市委常委、副市长``'s 调研 with a
援藏 常务副县长, a 乡 secretary and a 局长 (gp08); a county site's page of a 县委常委会会议 (书记 主持; ``县委常委仝立新、房立冬、
辛可为等出席``; the 人大 主任, the 政协 主席 and a 副县长 列席) (gp09); the 承德日报 第01版 of the 市长's 调研 of 隆化县 (its new
县委书记 is the former 滦平 县长) (gp10).

Identity cases:
- gp:叶景舟 moves between two counties of 金华: 磐安县委常委、常务副县长 (gp01, May 2022) → 武义县委副书记、县长 (gp02, Mar 2024).
- gp:贾振川 moves between two counties of 承德: 滦平县委副书记、县长 (gp09, Oct 2022) → 隆化县委书记 (gp10, May 2024).
- gp:戴鸿飞 滨海县委副书记、县长 (gp03, June 2023) → 盐城市副市长 (gp04, Sept 2024), on a page of another county (响水).
- gp:胡定邦 保康县委书记 (gp05, July 2022) → 襄阳市委常委、秘书长 (gp06, Apr 2024), on a page of another county (南漳).
- two different 卜宏亮 in unrelated places: gp:卜宏亮#1 is a 援藏干部, 波密县委常委、常务副县长 (西藏 林芝, gp08, 2023);
  gp:卜宏亮#2 is 滦平县副县长 (河北 承德, gp09, 2022).
- one organ name of different places: bare ``经济开发区党工委书记`` is 盐城滨海经济开发区's on the 滨海 county site (gp03) and
  天津静海经济开发区's on the 静海 district site (gp07); bare ``县委副书记、县长`` is 磐安's, 武义's, 滨海's, 响水's, 南漳's, 波密's,
  滦平's and 隆化's; bare ``市委常委、副市长`` on the 波密 site is 林芝's; bare ``副市长`` is 金华's (written), 盐城's, 襄阳's and
  承德's; bare ``市商务局`` on the 静海 site is 天津's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, cx, ge, gl where they speak; decided here where they are silent):
- Labels: 磐安县, 武义县, 滨海县, 响水县, 保康县, 南漳县, 静海区, 波密县, 滦平县, 隆化县 (each the one division of its name in China:
  no city prefix); 金华市, 盐城市, 襄阳市, 林芝市, 承德市; 天津市 (a municipality: bare ``市商务局副局长`` on the 静海 site → 天津市商务局
  副局长, as cx). Towns take their county: 武义县王宅镇党委, 武义县桃溪镇党委 / 政府 (镇长 → the town 政府), 响水县黄圩镇党委,
  保康县马桥镇党委, 波密县易贡乡党委.
- County zones take the prefecture city, 经济开发区 not folded (as cg, ct): ``县委常委、经济开发区党工委书记许光耀`` (滨海 site) →
  滨海县委 常委 + 盐城滨海经济开发区党工委 书记. DECIDED HERE: a zone of a 天津 district takes 天津 as its city: ``区委常委、经济开发区
  党工委书记满振江`` (静海 site, the page also writes ``静海经济开发区``) → 静海区委 常委 + 天津静海经济开发区党工委 书记.
- Bare organs take the page's place or its parent of the right level (as bs, gl): on a county or district site bare 县委 / 区委 /
  县长 / 区长 / 县X局 are that county's or district's, bare 市委常委 / 副市长 its city's; in a city paper or its reprint a bare
  ``县委副书记、县长`` right after ``响水县委书记`` / ``南漳县委书记`` / ``隆化县委书记`` is that county's.
- ``市委常委、秘书长`` → 襄阳市委 常委 + 襄阳市委 秘书长 (as gl); ``市政府秘书长`` → 盐城市政府 秘书长; ``县人大常委会主任`` /
  ``副主任`` → X县人大常委会; ``县政协主席`` → 滦平县政协 主席. A list after one title gives every name that title (``副县长朱海韵、
  顾长川``, ``县委常委仝立新、房立冬、辛可为``). One line per post per article.
- ``援藏干部`` (gp08) is a label, no post (as bs's 辽宁援疆干部); the local posts (县委常委、常务副县长) are. A company's 董事长 (岑致远,
  褚秋实) is no post; they are ``company_executive`` persons.
- Events: 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers).
  DECIDED HERE: the 保康 outing (``检查防汛备汛工作，调研重点项目建设``, one trip, one party, one day) is one inspection, not two.
  The 座谈会 after the 响水 调研 is a meeting of its own (as gk, gl); DECIDED HERE: the paragraphs after it (``储立平指出``,
  ``戴鸿飞就…作了具体安排``) are the 座谈会's, the 介绍 at the sites the 调研's. The 常务会议 and the 县委常委会会议 are meetings (chair
  when 主持; 出席 and 列席 attendees). The 集中签约仪式 and the 签约仪式 are ``ceremony`` (chair 主持; 出席 / 签约 / 签署 attendees;
  介绍 / 致辞 / 指出 / 发言 / 表示 speakers, as ge); the 会见 is ``meeting (会见)`` (as ah, ea) and the 签约仪式 held after it an event of
  its own (as ge10); DECIDED HERE: ``苑晓冬表示…`` after the signing paragraph is a speech at the 签约仪式 (he is its speaker, not an
  attendee written). Meetings relayed (``传达学习省委、市委有关会议精神``) are no events; headlines in 相关 / 上一篇 lists (``夏承远主持
  召开市委常委会会议``) are not annotated.
- Bylines: ``本网讯（记者 … 通讯员 …）`` / ``本报讯（记者 …）`` reporter and correspondent lines; DECIDED HERE: the stamp line's ``作者：…``
  repeating the 记者 credit gives no second line; 编辑 / 责任编辑 / ``【编辑：…】`` editor lines; DECIDED HERE: ``美编`` (gp10) an editor
  line.
- Projects: named works visited, signed, reported or pushed: a 产业园 and its numbered phase ``industrial_park`` (also a 肉牛全产业链
  示范园, as bs); 防洪 / 防洪排涝 / 防洪堤 works ``engineering_work`` (the stretch in brackets kept in the name, as gf, gl); river
  生态修复 / 生态廊道 / 综合治理 works ``greening_project``; a 运维母港 ``infrastructure_project``; 老旧小区改造 and 安居房 projects
  ``housing_project``; a 景区提档升级, a 康养度假综合体, a 康养小镇 phase, a 磷石膏综合利用 project, a 冷能利用 project, a 茶叶加工厂
  改扩建, a signed 制造基地, a 高标准农田提质改造 and a 景区基础设施提升工程 ``project``. Generic phrases (地质灾害隐患点, 游客中心改造,
  停车场扩容, 长城保护修缮项目, 12个老旧小区改造项目) are no projects.
- Places: one line per name per file, as written, wherever it stands in the article; a county's or district's short name in the
  body (磐安, 响水, 南漳, 静海, 滦平, 隆化) and a city's (林芝) are lines of their own; a river stretch ``X河Y段`` gives the river and
  the short name written in it (as gg, gl); a zone written bare is annotated as written (``经济开发区``, as bq), the long forms as
  written (``子牙经济技术开发区``, ``静海经济开发区``); a zone park (滨海港工业园区) ``zone_park``; 易贡茶场 a ``state_farm`` (as bx's
  邦溪农场); 金山岭长城 a ``heritage_site``; 水镜庄 a ``scenic_area``. Not annotated: site lines, mastheads, breadcrumbs, 来源 lines,
  footers with their addresses, 上一篇 / 下一篇 and 相关 lists (玉山镇, 方前镇, 八巨镇, 后坪镇, 谷城县, 团泊镇, 松宗镇, 两间房乡 there),
  company names (津华绿能, 杭州衡川), products (宣莲, 易贡茶), slogans.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gp01_panan.txt": (2022, "发布时间：2022-05-27 17:46", "磐安县", [
        ("我县举行2022年二季度招商引资项目集中签约仪式", "5月26日下午", "2022-05-26", "5月26日下午，磐安县",
         "county site 工作动态: 集中签约仪式 (常务副县长 主持; 金华 副市长, 县委书记, 县长, 人大主任 出席; a company 董事长 speaks)")]),
    "gp02_wuyi.txt": (2024, "2024-03-15 18:32:07", "武义县", [
        ("叶景舟到王宅镇、桃溪镇调研春耕生产和重点项目建设", "3月14日", "2024-03-14", "本网讯（记者 范欣悦",
         "county 新闻网 portal: the 县长's 调研 of two towns (叶景舟, the former 磐安 常务副县长)")]),
    "gp03_binhai.txt": (2023, "发布日期：2023-06-16", "滨海县", [
        ("戴鸿飞主持召开县政府第二十六次常务会议", "6月15日下午", "2023-06-15", "6月15日下午，县委副书记",
         "county site 政务要闻: 县政府常务会议 (县长 主持; 副县长 list; 人大副主任 and 经济开发区党工委书记 列席)")]),
    "gp04_xiangshui.txt": (2024, "2024年9月11日　星期三", "盐城市", [
        ("储立平在响水县调研时强调", "9月10日", "2024-09-10", "本报讯（记者 葛雨欣）9月10日",
         "city paper 第A01版: the 市长's 调研 of 响水县 (the former 滨海 县长 now 副市长) and the 座谈会 after it")]),
    "gp05_baokang.txt": (2022, "发布日期：2022-07-20 09:15", "保康县", [
        ("胡定邦到马桥镇、歇马镇检查防汛工作并调研重点项目", "7月19日", "2022-07-19", "7月19日，县委书记胡定邦",
         "county site 领导活动: the 县委书记's 防汛 检查 and project 调研 in two towns")]),
    "gp06_nanzhang.txt": (2024, "2024-04-19 07:58", "襄阳市", [
        ("夏承远在南漳县调研时强调", "4月18日", "2024-04-18", "本报讯（记者 严可钦",
         "portal reprint of the 襄阳日报: the 市委书记's 调研 of 南漳县 (the former 保康县委书记 now 市委常委、秘书长)")]),
    "gp07_jinghai.txt": (2023, "发布日期：2023-11-09 08:15", "静海区", [
        ("牛建章会见津华绿能科技集团客人并见证项目签约", "11月8日", "2023-11-08", "11月8日，区委书记牛建章",
         "天津 district site: the 区委书记's 会见 of a company and the 签约仪式 after it (bare 市商务局, 经济开发区党工委书记)")]),
    "gp08_bomi.txt": (2023, "发布时间：2023-08-22 16:30:00", "波密县", [
        ("祁海潮到我县调研茶产业发展和援藏项目建设工作", "8月21日", "2023-08-21", "8月21日，市委常委",
         "西藏 county site: a 林芝 市委常委、副市长's 调研 with a 援藏 常务副县长 (卜宏亮#1)")]),
    "gp09_luanping.txt": (2022, "发布时间：2022-10-14 10:22", "滦平县", [
        ("蔚晓庆主持召开县委常委会会议", "10月13日", "2022-10-13", "10月13日，县委书记蔚晓庆",
         "county site: 县委常委会会议 (书记 主持; 县长 and 常委 list 出席; 人大主任, 政协主席, 副县长 卜宏亮#2 列席)")]),
    "gp10_longhua.txt": (2024, "2024年5月22日　星期三", "承德市", [
        ("鲍海澄到隆化县调研时强调", "5月21日", "2024-05-21", "本报讯（记者 宋雨航）5月21日",
         "city paper 第01版: the 市长's 调研 of 隆化县 (the former 滦平 县长 now 隆化县委书记)")]),
}

_PA, _WY, _BH, _XS, _BK, _NZ, _JH, _BM, _LP, _LH = (
    "磐安县", "武义县", "滨海县", "响水县", "保康县", "南漳县", "静海区", "波密县", "滦平县", "隆化县")
_P01_LEAD = "金华市副市长祝一鸣，县委书记邵荣川，县委副书记、县长蓝晓颖，县人大常委会主任阙志远出席签约仪式"
_P03_ATT = "县委常委、常务副县长沈建勋，副县长朱海韵、顾长川出席会议"
_P03_LIST = "县人大常委会副主任马春兰，县委常委、经济开发区党工委书记许光耀列席会议"
_P08_HOST = "县委书记宗泽林，县委副书记、县长强巴扎西，援藏干部、县委常委、常务副县长卜宏亮陪同调研"
_P09_ATT = "县委副书记、县长贾振川，县委常委仝立新、房立冬、辛可为等出席会议"
_P09_LIST = "县人大常委会主任龚晓伟，县政协主席殷子墨，副县长卜宏亮列席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 浙江 金华
    "gp:祝一鸣": ("祝一鸣", "official", "金华市", [
        ("gp01", "金华市政府", "副市长", "金华市副市长祝一鸣", "visitor on the 磐安 site")], []),
    "gp:邵荣川": ("邵荣川", "official", _PA, [
        ("gp01", _PA + "委", "书记", "县委书记邵荣川", None)], []),
    "gp:蓝晓颖": ("蓝晓颖", "official", _PA, [
        ("gp01", _PA + "委", "副书记", "县委副书记、县长蓝晓颖", None),
        ("gp01", _PA + "政府", "县长", "县委副书记、县长蓝晓颖", None)], []),
    "gp:阙志远": ("阙志远", "official", _PA, [
        ("gp01", _PA + "人大常委会", "主任", "县人大常委会主任阙志远", None)], []),
    "gp:叶景舟": ("叶景舟", "official", "金华市", [
        ("gp01", _PA + "委", "常委", "县委常委、常务副县长叶景舟主持仪式", "2022-05: 磐安县 (identity case: 武义县长 in 2024, gp02)"),
        ("gp01", _PA + "政府", "常务副县长", "县委常委、常务副县长叶景舟主持仪式", None),
        ("gp02", _WY + "委", "副书记", "县委副书记、县长叶景舟到王宅镇", "2024-03: now 武义县 (another county of 金华); named in the headline too"),
        ("gp02", _WY + "政府", "县长", "县委副书记、县长叶景舟到王宅镇", None)], []),
    "gp:陈书翰": ("陈书翰", "official", _PA, [
        ("gp01", _PA + "发展和改革局", "局长", "县发展和改革局局长陈书翰", None)], []),
    "gp:岑致远": ("岑致远", "company_executive", "杭州衡川智能装备有限公司", [], ["gp01"]),  # 董事长: no post
    "gp:雷振宁": ("雷振宁", "official", _WY, [
        ("gp02", _WY + "委", "常委", "县委常委、副县长雷振宁", None),
        ("gp02", _WY + "政府", "副县长", "县委常委、副县长雷振宁", None)], []),
    "gp:翁丽萍": ("翁丽萍", "official", _WY, [
        ("gp02", _WY + "农业农村局", "局长", "县农业农村局局长翁丽萍", None)], []),
    "gp:俞海峤": ("俞海峤", "official", _WY, [
        ("gp02", _WY + "王宅镇党委", "书记", "在王宅镇，镇党委书记俞海峤", "bare 镇党委 after 在王宅镇")], []),
    "gp:徐静怡": ("徐静怡", "official", _WY, [
        ("gp02", _WY + "桃溪镇党委", "副书记", "在桃溪镇，镇党委副书记、镇长徐静怡", None),
        ("gp02", _WY + "桃溪镇政府", "镇长", "在桃溪镇，镇党委副书记、镇长徐静怡", "镇长 → the town 政府")], []),
    # ---- 江苏 盐城
    "gp:戴鸿飞": ("戴鸿飞", "official", "盐城市", [
        ("gp03", _BH + "委", "副书记", "县委副书记、县长戴鸿飞主持召开", "2023-06: 滨海县 (identity case: 盐城市副市长 in 2024, gp04); named in the headline too"),
        ("gp03", _BH + "政府", "县长", "县委副书记、县长戴鸿飞主持召开", None),
        ("gp04", "盐城市政府", "副市长", "副市长戴鸿飞", "2024-09: now 盐城市副市长, on a 响水 page")], []),
    "gp:沈建勋": ("沈建勋", "official", _BH, [
        ("gp03", _BH + "委", "常委", _P03_ATT, None),
        ("gp03", _BH + "政府", "常务副县长", _P03_ATT, None)], []),
    "gp:朱海韵": ("朱海韵", "official", _BH, [
        ("gp03", _BH + "政府", "副县长", "副县长朱海韵、顾长川", "list after one title")], []),
    "gp:顾长川": ("顾长川", "official", _BH, [
        ("gp03", _BH + "政府", "副县长", "副县长朱海韵、顾长川", "list after one title")], []),
    "gp:马春兰": ("马春兰", "official", _BH, [
        ("gp03", _BH + "人大常委会", "副主任", "县人大常委会副主任马春兰", None)], []),
    "gp:许光耀": ("许光耀", "official", _BH, [
        ("gp03", _BH + "委", "常委", "县委常委、经济开发区党工委书记许光耀", None),
        ("gp03", "盐城滨海经济开发区党工委", "书记", "县委常委、经济开发区党工委书记许光耀", "bare 经济开发区 on the 滨海 site = 滨海's (county zone takes the prefecture city; 经济开发区 not folded); the 静海 page's bare 经济开发区 is 天津's (gp07)")], []),
    "gp:王立澄": ("王立澄", "official", _BH, [
        ("gp03", _BH + "住房和城乡建设局", "局长", "县住房和城乡建设局局长王立澄", None)], []),
    "gp:储立平": ("储立平", "official", "盐城市", [
        ("gp04", "盐城市委", "副书记", "市委副书记、市长储立平", "named in the headline too"),
        ("gp04", "盐城市政府", "市长", "市委副书记、市长储立平", None)], []),
    "gp:郁青峰": ("郁青峰", "official", "盐城市", [
        ("gp04", "盐城市政府", "秘书长", "市政府秘书长郁青峰", None)], []),
    "gp:邹立强": ("邹立强", "official", _XS, [
        ("gp04", _XS + "黄圩镇党委", "书记", "在黄圩镇，镇党委书记邹立强", None)], []),
    "gp:陆志恒": ("陆志恒", "official", _XS, [
        ("gp04", _XS + "委", "书记", "响水县委书记陆志恒", None)], []),
    "gp:许慧娴": ("许慧娴", "official", _XS, [
        ("gp04", _XS + "委", "副书记", "县委副书记、县长许慧娴", "bare, right after 响水县委书记"),
        ("gp04", _XS + "政府", "县长", "县委副书记、县长许慧娴", None)], []),
    # ---- 湖北 襄阳
    "gp:胡定邦": ("胡定邦", "official", "襄阳市", [
        ("gp05", _BK + "委", "书记", "县委书记胡定邦深入马桥镇", "2022-07: 保康县 (identity case: 襄阳市委常委、秘书长 in 2024, gp06); named in the headline too"),
        ("gp06", "襄阳市委", "常委", "市委常委、秘书长胡定邦", "2024-04: now 襄阳市委常委、秘书长, on a 南漳 page"),
        ("gp06", "襄阳市委", "秘书长", "市委常委、秘书长胡定邦", "秘书长 after 市委常委 = the 市委's (as gl)")], []),
    "gp:方晓宁": ("方晓宁", "official", _BK, [
        ("gp05", _BK + "委", "常委", "县委常委、副县长方晓宁", None),
        ("gp05", _BK + "政府", "副县长", "县委常委、副县长方晓宁", None)], []),
    "gp:汪德春": ("汪德春", "official", _BK, [
        ("gp05", _BK + "水利和湖泊局", "局长", "县水利和湖泊局局长汪德春", None)], []),
    "gp:邸文昭": ("邸文昭", "official", _BK, [
        ("gp05", _BK + "马桥镇党委", "书记", "在马桥镇，镇党委书记邸文昭", None)], []),
    "gp:夏承远": ("夏承远", "official", "襄阳市", [
        ("gp06", "襄阳市委", "书记", "市委书记夏承远到南漳县调研", "named in the headline and in a 相关新闻 line too")], []),
    "gp:晏启明": ("晏启明", "official", "襄阳市", [
        ("gp06", "襄阳市政府", "副市长", "副市长晏启明", None)], []),
    "gp:尚志宏": ("尚志宏", "official", _NZ, [
        ("gp06", _NZ + "委", "书记", "南漳县委书记尚志宏", None)], []),
    "gp:冯一苇": ("冯一苇", "official", _NZ, [
        ("gp06", _NZ + "委", "副书记", "县委副书记、县长冯一苇", "bare, right after 南漳县委书记"),
        ("gp06", _NZ + "政府", "县长", "县委副书记、县长冯一苇", None)], []),
    # ---- 天津 静海
    "gp:牛建章": ("牛建章", "official", _JH, [
        ("gp07", _JH + "委", "书记", "区委书记牛建章会见了", "named in the headline too")], []),
    "gp:苑晓冬": ("苑晓冬", "official", _JH, [
        ("gp07", _JH + "委", "副书记", "区委副书记、区长苑晓冬参加会见", None),
        ("gp07", _JH + "政府", "区长", "区委副书记、区长苑晓冬参加会见", None)], []),
    "gp:路长庚": ("路长庚", "official", _JH, [
        ("gp07", _JH + "委", "常委", "区委常委、副区长路长庚主持签约仪式", None),
        ("gp07", _JH + "政府", "副区长", "区委常委、副区长路长庚主持签约仪式", None)], []),
    "gp:亓海宁": ("亓海宁", "official", "天津市", [
        ("gp07", "天津市商务局", "副局长", "市商务局副局长亓海宁", "bare 市 on a 天津 district site = 天津市 (as cx)")], []),
    "gp:满振江": ("满振江", "official", _JH, [
        ("gp07", _JH + "委", "常委", "区委常委、经济开发区党工委书记满振江", None),
        ("gp07", "天津静海经济开发区党工委", "书记", "区委常委、经济开发区党工委书记满振江", "DECIDED HERE: a 天津 district's zone takes 天津 as its city (the page writes 静海经济开发区); the 滨海 page's bare 经济开发区 is 盐城's (gp03)")], []),
    "gp:褚秋实": ("褚秋实", "company_executive", "津华绿能科技集团有限公司", [], ["gp07"]),  # 董事长: no post
    # ---- 西藏 林芝
    "gp:祁海潮": ("祁海潮", "official", "林芝市", [
        ("gp08", "林芝市委", "常委", "市委常委、副市长祁海潮到我县调研", "bare 市委 on the 波密 site = 林芝市委 (its parent); named in the headline too"),
        ("gp08", "林芝市政府", "副市长", "市委常委、副市长祁海潮到我县调研", None)], []),
    "gp:宗泽林": ("宗泽林", "official", _BM, [
        ("gp08", _BM + "委", "书记", _P08_HOST, None)], []),
    "gp:强巴扎西": ("强巴扎西", "official", _BM, [
        ("gp08", _BM + "委", "副书记", _P08_HOST, None),
        ("gp08", _BM + "政府", "县长", _P08_HOST, None)], []),
    "gp:卜宏亮#1": ("卜宏亮", "official", _BM, [
        ("gp08", _BM + "委", "常委", _P08_HOST, "波密县 (西藏), a 援藏 cadre; not the 卜宏亮 of 滦平县 (gp09); ``援藏干部`` is no post"),
        ("gp08", _BM + "政府", "常务副县长", _P08_HOST, None)], []),
    "gp:次仁卓嘎": ("次仁卓嘎", "official", _BM, [
        ("gp08", _BM + "易贡乡党委", "书记", "在易贡乡，乡党委书记次仁卓嘎", None)], []),
    "gp:洛桑多吉": ("洛桑多吉", "official", _BM, [
        ("gp08", _BM + "农业农村局", "局长", "县农业农村局局长洛桑多吉", None)], []),
    # ---- 河北 承德
    "gp:蔚晓庆": ("蔚晓庆", "official", _LP, [
        ("gp09", _LP + "委", "书记", "县委书记蔚晓庆主持召开", "named in the headline too")], []),
    "gp:贾振川": ("贾振川", "official", "承德市", [
        ("gp09", _LP + "委", "副书记", _P09_ATT, "2022-10: 滦平县 (identity case: 隆化县委书记 in 2024, gp10)"),
        ("gp09", _LP + "政府", "县长", _P09_ATT, None),
        ("gp10", _LH + "委", "书记", "隆化县委书记贾振川", "2024-05: now 隆化县委书记 (another county of 承德)")], []),
    "gp:仝立新": ("仝立新", "official", _LP, [
        ("gp09", _LP + "委", "常委", "县委常委仝立新、房立冬、辛可为", "list after one title")], []),
    "gp:房立冬": ("房立冬", "official", _LP, [
        ("gp09", _LP + "委", "常委", "县委常委仝立新、房立冬、辛可为", "list after one title")], []),
    "gp:辛可为": ("辛可为", "official", _LP, [
        ("gp09", _LP + "委", "常委", "县委常委仝立新、房立冬、辛可为", "list after one title")], []),
    "gp:龚晓伟": ("龚晓伟", "official", _LP, [
        ("gp09", _LP + "人大常委会", "主任", "县人大常委会主任龚晓伟", None)], []),
    "gp:殷子墨": ("殷子墨", "official", _LP, [
        ("gp09", _LP + "政协", "主席", "县政协主席殷子墨", None)], []),
    "gp:卜宏亮#2": ("卜宏亮", "official", _LP, [
        ("gp09", _LP + "政府", "副县长", "副县长卜宏亮列席会议", "滦平县 (河北), 2022; not the 卜宏亮 of 波密县 (gp08)")], []),
    "gp:鲍海澄": ("鲍海澄", "official", "承德市", [
        ("gp10", "承德市委", "副书记", "市委副书记、市长鲍海澄", "named in the headline too"),
        ("gp10", "承德市政府", "市长", "市委副书记、市长鲍海澄", None)], []),
    "gp:邢佳音": ("邢佳音", "official", "承德市", [
        ("gp10", "承德市政府", "副市长", "副市长邢佳音", None)], []),
    "gp:解春来": ("解春来", "official", _LH, [
        ("gp10", _LH + "委", "副书记", "县委副书记、县长解春来", "bare, right after 隆化县委书记"),
        ("gp10", _LH + "政府", "县长", "县委副书记、县长解春来", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gp01", "潘雨桐", "责任编辑", "editor", "责任编辑：潘雨桐"),
    ("gp02", "范欣悦", "记者", "reporter", "本网讯（记者 范欣悦 通讯员 朱晨阳）"),
    ("gp02", "朱晨阳", "通讯员", "correspondent", "本网讯（记者 范欣悦 通讯员 朱晨阳）"),
    ("gp02", "毛思语", "编辑", "editor", "编辑：毛思语"),
    ("gp03", "孙亦凡", "责任编辑", "editor", "责任编辑：孙亦凡"),
    ("gp04", "葛雨欣", "记者", "reporter", "本报讯（记者 葛雨欣）"),
    ("gp04", "卞晨曦", "责任编辑", "editor", "责任编辑：卞晨曦"),
    ("gp05", "时晓岚", "编辑", "editor", "编辑：时晓岚"),
    ("gp06", "严可钦", "记者", "reporter", "本报讯（记者 严可钦 通讯员 谈一舟）"),
    ("gp06", "谈一舟", "通讯员", "correspondent", "本报讯（记者 严可钦 通讯员 谈一舟）"),
    ("gp06", "栾海鹏", "编辑", "editor", "【编辑：栾海鹏】"),
    ("gp08", "白玛央宗", "责任编辑", "editor", "责任编辑：白玛央宗"),
    ("gp09", "桂亚楠", "责任编辑", "editor", "责任编辑：桂亚楠"),
    ("gp10", "宋雨航", "记者", "reporter", "本报讯（记者 宋雨航）"),
    ("gp10", "鞠晓彤", "责任编辑", "editor", "责任编辑：鞠晓彤"),
    ("gp10", "滕书恒", "美编", "editor", "美编：滕书恒"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gp01", "磐安县2022年二季度招商引资项目集中签约仪式", "ceremony (集中签约仪式)", "5月26日下午", "叶景舟", None, [_PA],
     ["祝一鸣", "邵荣川", "蓝晓颖", "阙志远"], ["陈书翰", "邵荣川", "祝一鸣", "岑致远"], "县行政中心",
     "5月26日下午，磐安县2022年二季度招商引资项目集中签约仪式在县行政中心举行",
     [_P01_LEAD, "县委常委、常务副县长叶景舟主持仪式", "县发展和改革局局长陈书翰介绍了签约项目情况",
      "蓝晓颖代表县政府与签约企业负责人签订投资合作协议", "邵荣川在致辞中表示", "祝一鸣指出", "董事长岑致远发言"]),
    ("gp02", "王宅镇、桃溪镇春耕生产和重点项目建设调研", "inspection (调研)", "3月14日", None, "叶景舟", [],
     ["雷振宁", "翁丽萍"], ["俞海峤", "徐静怡", "翁丽萍", "叶景舟", "雷振宁"], "王宅镇、桃溪镇",
     "3月14日，县委副书记、县长叶景舟到王宅镇、桃溪镇调研春耕生产和重点项目建设工作",
     ["县长叶景舟到王宅镇、桃溪镇调研", "县委常委、副县长雷振宁，县农业农村局局长翁丽萍陪同调研", "镇党委书记俞海峤汇报了",
      "镇长徐静怡介绍了", "翁丽萍就全县早稻育秧", "叶景舟指出", "雷振宁要求"]),
    ("gp03", "县政府第二十六次常务会议", "meeting (县政府常务会议)", "6月15日下午", "戴鸿飞", None, [_BH + "政府"],
     ["沈建勋", "朱海韵", "顾长川", "马春兰", "许光耀"], ["许光耀", "王立澄", "戴鸿飞", "沈建勋", "朱海韵", "顾长川"], None,
     "县委副书记、县长戴鸿飞主持召开县政府第二十六次常务会议",
     ["县长戴鸿飞主持召开", _P03_ATT, _P03_LIST, "许光耀介绍了", "王立澄汇报了", "戴鸿飞强调", "沈建勋就中山河", "朱海韵、顾长川分别就"]),
    ("gp04", "响水县沿海开发、绿色能源产业发展和重点项目建设调研", "inspection (调研)", "9月10日", None, "储立平", [],
     ["戴鸿飞", "郁青峰", "陆志恒", "许慧娴"], ["邹立强"], _XS,
     "市委副书记、市长储立平到响水县调研沿海开发、绿色能源产业发展和重点项目建设工作",
     ["市长储立平到响水县调研", "副市长戴鸿飞，市政府秘书长郁青峰参加调研", "镇党委书记邹立强介绍了",
      "响水县委书记陆志恒，县委副书记、县长许慧娴陪同调研"]),
    ("gp04", "座谈会", "meeting (座谈会)", "9月10日", None, None, [],
     [], ["许慧娴", "陆志恒", "储立平", "戴鸿飞"], _XS,
     "在随后召开的座谈会上，许慧娴汇报了响水县上半年经济运行和重点项目推进情况",
     ["许慧娴汇报了", "陆志恒就加快建设绿色能源强县谈了思路打算", "储立平指出", "戴鸿飞就海上风电项目要素保障"]),
    ("gp05", "马桥镇、歇马镇防汛检查和重点项目调研", "inspection (检查、调研)", "7月19日", None, "胡定邦", [],
     ["方晓宁", "汪德春"], ["邸文昭", "汪德春", "胡定邦", "方晓宁"], "马桥镇、歇马镇",
     "县委书记胡定邦深入马桥镇、歇马镇，检查防汛备汛工作，调研重点项目建设",
     ["县委书记胡定邦深入马桥镇、歇马镇", "县委常委、副县长方晓宁，县水利和湖泊局局长汪德春陪同", "镇党委书记邸文昭汇报了",
      "汪德春介绍了", "胡定邦指出", "胡定邦强调", "方晓宁表示"]),
    ("gp06", "南漳县县域经济发展、文旅融合和生态保护调研", "inspection (调研)", "4月18日", None, "夏承远", [],
     ["胡定邦", "晏启明", "尚志宏", "冯一苇"], ["冯一苇", "尚志宏", "夏承远", "晏启明"], _NZ,
     "市委书记夏承远到南漳县调研县域经济发展、文旅融合和生态保护工作",
     ["市委书记夏承远到南漳县调研", "市委常委、秘书长胡定邦，副市长晏启明参加调研", "南漳县委书记尚志宏，县委副书记、县长冯一苇陪同调研",
      "冯一苇介绍了", "尚志宏汇报了", "夏承远指出", "晏启明就加快推进项目要素保障"]),
    ("gp07", "区委书记牛建章会见津华绿能科技集团有限公司客人", "meeting (会见)", "11月8日", None, None, [],
     ["牛建章", "褚秋实", "苑晓冬"], ["牛建章", "褚秋实"], None,
     "11月8日，区委书记牛建章会见了津华绿能科技集团有限公司董事长褚秋实一行",
     ["区委书记牛建章会见了", "董事长褚秋实一行", "区委副书记、区长苑晓冬参加会见", "牛建章对褚秋实一行的到来表示欢迎", "褚秋实表示"]),
    ("gp07", "津华绿能新能源装备制造基地项目签约仪式", "ceremony (签约仪式)", "11月8日", "路长庚", None, [],
     ["亓海宁", "满振江", "褚秋实"], ["苑晓冬"], None,
     "会见后，双方举行了津华绿能新能源装备制造基地项目签约仪式",
     ["区委常委、副区长路长庚主持签约仪式", "市商务局副局长亓海宁出席", "区委常委、经济开发区党工委书记满振江与褚秋实代表双方签署投资协议",
      "苑晓冬表示"]),
    ("gp08", "茶产业发展和援藏项目建设调研", "inspection (调研)", "8月21日", None, "祁海潮", [],
     ["宗泽林", "强巴扎西", "卜宏亮"], ["次仁卓嘎", "洛桑多吉", "卜宏亮", "祁海潮", "强巴扎西"], _BM,
     "市委常委、副市长祁海潮到我县调研茶产业发展和援藏项目建设工作",
     ["副市长祁海潮到我县调研", _P08_HOST, "乡党委书记次仁卓嘎介绍了", "县农业农村局局长洛桑多吉汇报了", "卜宏亮介绍了今年援藏资金安排",
      "祁海潮指出", "强巴扎西表示"]),
    ("gp09", "县委常委会会议", "meeting (县委常委会会议)", "10月13日", "蔚晓庆", None, [_LP + "委"],
     ["贾振川", "仝立新", "房立冬", "辛可为", "龚晓伟", "殷子墨", "卜宏亮"], ["卜宏亮", "蔚晓庆", "贾振川"], None,
     "县委书记蔚晓庆主持召开县委常委会会议",
     ["县委书记蔚晓庆主持召开", _P09_ATT, _P09_LIST, "卜宏亮汇报了", "蔚晓庆指出", "贾振川就落实护林员巡山"]),
    ("gp10", "隆化县特色产业发展、生态保护和重点项目建设调研", "inspection (调研)", "5月21日", None, "鲍海澄", [],
     ["邢佳音", "贾振川", "解春来"], ["解春来", "贾振川", "鲍海澄", "邢佳音"], _LH,
     "市委副书记、市长鲍海澄到隆化县调研特色产业发展、生态保护和重点项目建设工作",
     ["市长鲍海澄到隆化县调研", "副市长邢佳音参加调研", "隆化县委书记贾振川，县委副书记、县长解春来陪同调研", "解春来介绍了",
      "贾振川汇报了", "鲍海澄指出", "邢佳音就推进温泉康养项目建设"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gp01", "尚湖镇中药材精深加工产业园一期", "industrial_park", "其中尚湖镇中药材精深加工产业园一期"),
    ("gp01", "新渥街道智能家居五金产业园", "industrial_park", "新渥街道智能家居五金产业园"),
    ("gp01", "大盘山康养度假综合体项目", "project", "大盘山康养度假综合体项目总投资均超过5亿元"),
    ("gp02", "王宅镇宣莲精深加工产业园", "industrial_park", "先后来到王宅镇宣莲精深加工产业园"),
    ("gp02", "武义江防洪提升工程（王宅段）", "engineering_work", "武义江防洪提升工程（王宅段）施工现场"),
    ("gp02", "桃溪镇高标准农田提质改造项目", "project", "桃溪镇高标准农田提质改造项目"),
    ("gp03", "经济开发区新能源装备产业园二期", "industrial_park", "经济开发区新能源装备产业园二期"),
    ("gp03", "滨海港工业园区LNG冷能综合利用项目", "project", "滨海港工业园区LNG冷能综合利用项目"),
    ("gp03", "东坎街道老旧小区改造项目", "housing_project", "东坎街道老旧小区改造项目实施方案"),
    ("gp04", "响水县海上风电运维母港项目", "infrastructure_project", "响水县海上风电运维母港项目"),
    ("gp04", "黄圩镇西兰花精深加工产业园", "industrial_park", "黄圩镇西兰花精深加工产业园"),
    ("gp04", "灌河响水段生态廊道工程", "greening_project", "灌河响水段生态廊道工程现场"),
    ("gp05", "马桥镇磷化工循环经济产业园二期", "industrial_park", "马桥镇磷化工循环经济产业园二期"),
    ("gp05", "保康县城区防洪排涝二期工程", "engineering_work", "保康县城区防洪排涝二期工程"),
    ("gp06", "南漳县水镜庄景区提档升级项目", "project", "南漳县水镜庄景区提档升级项目"),
    ("gp06", "武安镇磷石膏综合利用项目", "project", "武安镇磷石膏综合利用项目"),
    ("gp06", "蛮河南漳城区段生态修复工程", "greening_project", "蛮河南漳城区段生态修复工程现场"),
    ("gp07", "津华绿能新能源装备制造基地项目", "project", "津华绿能新能源装备制造基地项目签约仪式"),
    ("gp08", "易贡茶场茶叶加工厂改扩建项目", "project", "易贡茶场茶叶加工厂改扩建项目"),
    ("gp08", "倾多镇援藏安居房项目", "housing_project", "倾多镇援藏安居房项目"),
    ("gp08", "扎木镇帕隆藏布防洪堤工程", "engineering_work", "扎木镇帕隆藏布防洪堤工程现场"),
    ("gp09", "金山岭长城景区基础设施提升工程", "project", "金山岭长城景区基础设施提升工程推进情况"),
    ("gp09", "滦平县张百湾镇新型建材产业园二期", "industrial_park", "滦平县张百湾镇新型建材产业园二期"),
    ("gp10", "隆化县肉牛全产业链示范园", "industrial_park", "隆化县肉牛全产业链示范园"),
    ("gp10", "伊逊河隆化段综合治理工程", "greening_project", "伊逊河隆化段综合治理工程"),
    ("gp10", "汤头沟镇温泉康养小镇一期项目", "project", "汤头沟镇温泉康养小镇一期项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gp01", "磐安县", "county", "standalone", "5月26日下午，磐安县2022年二季度招商引资项目集中签约仪式"),
    ("gp01", "金华市", "city", "in_title", "金华市副市长祝一鸣"),
    ("gp01", "尚湖镇", "town", "in_project_name", "其中尚湖镇中药材精深加工产业园一期"),
    ("gp01", "新渥街道", "sub_district_office", "in_project_name", "新渥街道智能家居五金产业园"),
    ("gp01", "大盘山", "mountain", "in_project_name", "大盘山康养度假综合体项目"),
    ("gp01", "磐安", "county", "standalone", "磐安生态优势突出"),
    ("gp02", "王宅镇", "town", "standalone", "叶景舟到王宅镇、桃溪镇调研春耕生产和重点项目建设工作"),
    ("gp02", "桃溪镇", "town", "standalone", "叶景舟到王宅镇、桃溪镇调研春耕生产和重点项目建设工作"),
    ("gp02", "武义江", "river", "in_project_name", "武义江防洪提升工程（王宅段）施工现场"),
    ("gp02", "王宅", "town", "in_project_name", "武义江防洪提升工程（王宅段）施工现场"),
    ("gp03", "滨海港工业园区", "zone_park", "standalone", "研究滨海港工业园区项目推进"),
    ("gp03", "经济开发区", "development_zone", "standalone", "会议听取了经济开发区上半年项目建设情况汇报"),
    ("gp03", "滨海港", "port", "standalone", "滨海港是全县最大的发展潜力所在"),
    ("gp03", "东坎街道", "sub_district_office", "in_project_name", "东坎街道老旧小区改造项目实施方案"),
    ("gp03", "中山河", "river", "standalone", "沈建勋就中山河、废黄河沿线堤防巡查"),
    ("gp03", "废黄河", "river", "standalone", "沈建勋就中山河、废黄河沿线堤防巡查"),
    ("gp04", "响水县", "county", "standalone", "到响水县调研沿海开发"),
    ("gp04", "黄圩镇", "town", "standalone", "在黄圩镇，镇党委书记邹立强"),
    ("gp04", "灌河", "river", "standalone", "要把灌河生态廊道建设与沿河产业布局统筹起来"),
    ("gp04", "响水", "county", "standalone", "响水拥有深水海港"),
    ("gp05", "马桥镇", "town", "standalone", "县委书记胡定邦深入马桥镇、歇马镇"),
    ("gp05", "歇马镇", "town", "standalone", "县委书记胡定邦深入马桥镇、歇马镇"),
    ("gp05", "保康县", "county", "in_project_name", "保康县城区防洪排涝二期工程"),
    ("gp05", "南河", "river", "standalone", "南河沿线防洪设施运行情况"),
    ("gp06", "南漳县", "county", "standalone", "市委书记夏承远到南漳县调研"),
    ("gp06", "水镜庄", "scenic_area", "standalone", "在水镜庄景区，冯一苇介绍了"),
    ("gp06", "武安镇", "town", "standalone", "在武安镇，尚志宏汇报了"),
    ("gp06", "蛮河", "river", "standalone", "守护好蛮河、漳河一江清水"),
    ("gp06", "漳河", "river", "standalone", "守护好蛮河、漳河一江清水"),
    ("gp06", "南漳", "county", "standalone", "南漳山水资源丰富"),
    ("gp07", "静海", "district", "standalone", "静海地处京津冀协同发展的重要节点"),
    ("gp07", "京津冀", "region", "standalone", "静海地处京津冀协同发展的重要节点"),
    ("gp07", "子牙经济技术开发区", "development_zone", "standalone", "子牙经济技术开发区、静海经济开发区产业配套完善"),
    ("gp07", "静海经济开发区", "development_zone", "standalone", "子牙经济技术开发区、静海经济开发区产业配套完善"),
    ("gp07", "经济开发区", "development_zone", "in_title", "区委常委、经济开发区党工委书记满振江"),
    ("gp07", "大邱庄镇", "town", "standalone", "区相关部门和大邱庄镇要组建专班"),
    ("gp08", "易贡茶场", "state_farm", "in_project_name", "易贡茶场茶叶加工厂改扩建项目"),
    ("gp08", "倾多镇", "town", "in_project_name", "倾多镇援藏安居房项目"),
    ("gp08", "扎木镇", "town", "in_project_name", "扎木镇帕隆藏布防洪堤工程现场"),
    ("gp08", "帕隆藏布", "river", "in_project_name", "扎木镇帕隆藏布防洪堤工程现场"),
    ("gp08", "易贡乡", "township", "standalone", "在易贡乡，乡党委书记次仁卓嘎"),
    ("gp08", "林芝", "city", "standalone", "易贡茶是林芝的一张名片"),
    ("gp09", "金山岭长城", "heritage_site", "standalone", "金山岭长城是滦平最亮丽的名片"),
    ("gp09", "滦平", "county", "standalone", "金山岭长城是滦平最亮丽的名片"),
    ("gp09", "巴克什营镇", "town", "standalone", "把景区提升与巴克什营镇美丽乡村建设结合起来"),
    ("gp09", "潮河", "river", "standalone", "潮河、滦河沿线林区防火隔离带"),
    ("gp09", "滦河", "river", "standalone", "潮河、滦河沿线林区防火隔离带"),
    ("gp09", "滦平县", "county", "in_project_name", "滦平县张百湾镇新型建材产业园二期"),
    ("gp09", "张百湾镇", "town", "in_project_name", "滦平县张百湾镇新型建材产业园二期"),
    ("gp10", "隆化县", "county", "standalone", "到隆化县调研特色产业发展"),
    ("gp10", "伊逊河", "river", "standalone", "统筹抓好伊逊河、滦河流域综合治理"),
    ("gp10", "滦河", "river", "standalone", "统筹抓好伊逊河、滦河流域综合治理"),
    ("gp10", "汤头沟镇", "town", "in_project_name", "汤头沟镇温泉康养小镇一期项目"),
    ("gp10", "隆化", "county", "standalone", "隆化肉牛产业基础好"),
    ("gp10", "京津冀", "region", "standalone", "持续筑牢京津冀生态屏障"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gp", conventions="set gp (blind set, held-out-like mix, 18th round: ten pages of ten counties and districts in 浙江 金华 (磐安县, 武义县), 江苏 盐城 (滨海县, 响水县), 湖北 襄阳 (保康县, 南漳县), 天津 (静海区), 西藏 林芝 (波密县) and 河北 承德 (滦平县, 隆化县): county and district sites with full chrome, a county 新闻网 portal, two city papers' e-edition pages and a portal reprint of a city paper; bare organs take the page's place or its parent (bare 市商务局 on the 静海 site = 天津市商务局); county zones take the prefecture city and a 天津 district's zone takes 天津 (盐城滨海经济开发区, 天津静海经济开发区; 经济开发区 not folded); 援藏干部 and company 董事长 no post; 调研 / 检查 inspections, 常务会议 / 县委常委会会议 / 座谈会 / 会见 meetings, 签约仪式 ceremonies; one line per post per article)",
          persons_note="Set gp persons. id = corpus-wide person_id (gp:卜宏亮#1 of 波密县 (西藏, a 援藏 常务副县长) and gp:卜宏亮#2 of 滦平县 (河北, 副县长) are two people; gp:叶景舟 磐安县委常委、常务副县长 2022 → 武义县委副书记、县长 2024 (two counties of 金华); gp:贾振川 滦平县委副书记、县长 2022 → 隆化县委书记 2024 (two counties of 承德); gp:戴鸿飞 滨海县委副书记、县长 2023 → 盐城市副市长 2024; gp:胡定邦 保康县委书记 2022 → 襄阳市委常委、秘书长 2024)")


if __name__ == "__main__":
    main()
