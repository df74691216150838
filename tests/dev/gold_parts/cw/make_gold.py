"""Write gold part ``cw`` (a blind, held-out-like set: ten pages of ten different layouts from nine provinces) from the
tables below.

Pages ``tests/dev/texts/cw*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: 县人大常委会 session reports (``县人大常委会主任…主持会议，副主任…出席会议…列席
会议``, ``会议决定接受…辞去…；决定任命…为…人民政府副县长``, ``颁发了任命书…宪法宣誓``, the 临朐 / 惠安 / 枞阳 pages); department
pages of a 农业农村局 (``局党组书记、局长…带队``, ``来源:农业局``, ``一审:``); a 衡东 融媒体 page (``来源:… 发布时间:``, ``衡东融媒…讯
(通讯员 …)``); 高新区 / 开发区 pages (``区党工委副书记、管委会主任…参加活动，区领导…参加``, ``党工委书记、管委会主任…``,
``党工委委员、管委会副主任…陪同视察``, ``“三十工程”现场观摩活动``); a county news page with ``(图文:… 审核:…)`` and a paper's
photo caption (``图为…带队到项目建设工地进行督导。记者 … 通讯员 … 摄``). No page was copied. Places are real; 沂南, 费县, 建湖,
东台, 龙泉市, 霍山, 漳平, 弋阳, 商城县 上石桥镇 and 绥宁 are new to the corpus; 沧州市新华区 has one earlier page.

Provinces and layouts (one page each except 山东, whose two pages are two counties of 临沂 for the identity case):
- cw01 山东 临沂 沂南县: a county government site article (``您当前的位置：首页 > 政务公开 > 政务动态 > 沂南要闻``, ``发布日期：
  信息来源： 访问次数：``, footer): the 县委书记's project-site 调研 (named projects, a 街道 and the county's 经济开发区).
- cw02 山东 临沂 费县: a county 融媒体 WeChat article copied from a browser (``原创 费县融媒 费县融媒 2023-08-16 19:42 发表于山东``,
  公众号 card, ``记者： 编辑： 审核：``, ``阅读 分享 收藏 赞 在看 写留言``, 往期推荐): the 县政府常务会议 chaired by the new 县长.
- cw03 江苏 盐城: the 盐城日报 A2 page (PDF text, two items; 本版其他新闻; the page's editor line at its foot): the 市长's 调研 in
  建湖 (visitor and host posts, 建湖高新区) and 东台's 推进会.
- cw04 浙江 丽水 龙泉市: a county-level city's 新闻网 (``您现在的位置：龙泉新闻网 > 龙泉要闻 > 正文``, ``作者：记者 … 通讯员 …
  编辑：``, 相关新闻): the 市委书记's 防汛 督查.
- cw05 安徽 六安 霍山县: the 县人大常委会 site: a standing-committee session with 任免 and 宪法宣誓.
- cw06 福建 龙岩 漳平市: the 市农业农村局 site: the 局长's 督导 of 春耕 in three towns (``（供稿：办公室　…）``, ``审核：``).
- cw07 江西 上饶 弋阳县: the 弋阳高新技术产业园区 site (the zone always written ``园区``): a 观摩 and the 推进会 after it.
- cw08 河南 信阳 商城县: the 上石桥镇人民政府 page: a 信阳 副市长's 调研 (visitor and county / town hosts).
- cw09 湖南 邵阳 绥宁县: a 网易号 portal copy (``网易首页 > 网易号 > 正文``, ``来源: 绥宁融媒``, 举报 / 分享至, 特别声明, 相关推荐):
  the county's 重点项目建设推进会 chaired by the 县长; ``县领导…出席会议``.
- cw10 河北 沧州 新华区: a district 新闻网 page with an image caption (``图为…。记者 … 摄``) and a 相关文章 list: the 区委书记's
  调研 and the 座谈会 after it. 新华区 is a district name several cities have: labels are ``沧州市新华区``.

Identity cases:
- cw:贾晓东 moves county inside 临沂: 沂南县副县长 in May 2021 (cw01) → 费县委副书记、县长 in Aug 2023 (cw02).
- two different 李红军 on pages of neighbouring provinces (六安 and 信阳 border each other): cw:李红军#1 霍山县人大常委会副主任
  (安徽, cw05, 2024); cw:李红军#2 商城县副县长 (河南, cw08, 2022).
- two different 高新 / 开发 zones of counties: 临沂沂南经济开发区 (written ``经济开发区``), 盐城建湖高新区 (``建湖高新区``),
  上饶弋阳高新技术产业园区 (``园区``).
- the bare ``市委副书记、市长`` is a prefecture city's in the 盐城日报's first item (盐城) and a county-level city's in its second
  item after ``东台市委书记`` (东台).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ab, ag, ak, ap, cs, cu, cv where they speak; decided here where they are silent):
- Bare organs take the page's place: 县委 / 县 on a county site or a county's WeChat / 网易号 copy (沂南, 费县, 绥宁); 市委 / 市 on a
  county-level city's pages (龙泉, 漳平); ``局党组`` / ``局`` on the department's site = 漳平市农业农村局; on the town page 县委 /
  县 = 商城县's (the page names 商城县), ``镇党委`` = 商城县上石桥镇党委, and the visitor's bare ``副市长`` / ``市农业农村局`` =
  信阳市's (the parent of the right level); on the zone site ``县委常委`` = 弋阳县委; on the 新华区 page 区委 / 区政府 / 区住房和城乡
  建设局 = 沧州市新华区's. In the 盐城日报 the bare ``市委副书记、市长`` / ``市政府秘书长`` of the 建湖 item are 盐城市's and the
  bare ``县委副书记、县长`` after ``建湖县委书记`` is 建湖's; in the 东台 item the bare ``市委副书记、市长``, ``市发展和改革委员会``,
  ``市委常委、常务副市长`` and ``副市长`` after ``东台市召开… 东台市委书记`` are 东台市's (DECIDED HERE, as cu/cv decide a bare 县委
  after a named 县委书记).
- Zones: a county's zone takes its prefecture city without 市 in front and keeps its name unfolded when it is not one of the
  folded long forms (as parts bj, cg, ct, cu): ``经济开发区党工委书记`` on the 沂南 page → 临沂沂南经济开发区党工委 书记;
  ``建湖高新区党工委书记`` → 盐城建湖高新区党工委 书记; ``园区党工委`` / ``管委会`` / ``园区经济发展局`` on the 弋阳 zone's site →
  上饶弋阳高新技术产业园区党工委 / 管委会 / 经济发展局 (产业园区 is not 产业开发区: not folded). Places keep the names as written
  (经济开发区, 建湖高新区, 弋阳高新技术产业园区); the bare ``园区`` is not a place line.
- Towns and streets take their county: 沂南县岸堤镇党委, 沂南县界湖街道党工委, 龙泉市八都镇党委, 龙泉市上垟镇政府 镇长,
  漳平市永福镇政府 镇长, 漳平市新桥镇政府 副镇长 (``分管农业的副镇长``), 商城县上石桥镇党委, 绥宁县长铺镇党委,
  沧州市新华区建设北街街道党工委.
- 人大常委会 任免 (as ab, ag, ak): 决定任命 / 任命 make holdings (王雪松 霍山县政府 副县长, 方志远 霍山县财政局 局长, 汪慧敏
  霍山县人大常委会预算工作委员会 主任); 接受…辞去 and 决定免去 make none (熊振华, 储国庆 named without a post). ``副主任李红军、
  储诚芳、程学兵`` after ``县人大常委会主任`` are 霍山县人大常委会 副主任. The session is a meeting chaired by the 主任; the 副主任
  出席 and the 副县长 列席 are attendees; the appointee's 表态发言 makes him a speaker.
- ``县领导刘国栋、袁丽娟、肖正明出席会议`` (cw09): no posts (CONVENTIONS: 县领导 is no post); they are attendees.
- ``县委常委、县委办公室主任`` → 沂南县委 常委 + 沂南县委办公室 主任; ``局党组书记、局长`` → 漳平市农业农村局党组 书记 + 漳平市农业农村局
  局长 (as ap); ``局党组成员、副局长`` → 党组 成员 + 局 副局长; ``市农业技术推广中心主任`` → 漳平市农业技术推广中心 主任.
- Events: 调研 / 督查 / 督导 are inspections (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作安排 /
  提出 speakers); 常务会议, 推进会, 人大常委会 会议, 座谈会 are meetings (chair when 主持; 出席 / 列席 / 参加 attendees; ``出席会议
  并讲话`` attendee and speaker). The 观摩 (cw07) is a ``site observation`` (kind activity) with no leader written: its
  attendees are those said to 参加观摩 / 参加活动; the 推进会 after it is a meeting of its own (CONVENTIONS). cw06's 局党组 会议
  after the 督导 names nobody and no date: no event. Meetings whose 精神 is relayed (临沂市政府第三十一次常务会议) are no events.
- Credits: ``记者`` / ``通讯员`` in a byline, a dateline or a stamp's ``作者：记者 …`` are reporter / correspondent credits;
  ``记者 … 摄`` in a caption a photographer credit (as cm); ``撰稿：``, ``（供稿：办公室　…）``, ``（镇党政办　…）`` and a bare
  ``作者：`` name are author credits; 编辑 / 责任编辑 / 版式设计 / 校对 / 审核 / 一审 / 二审 / 三审 are editors.
- Projects: named works inspected, reported or pushed; 产业园 industrial_park; 堤防 / 防洪 / 山洪灾害防治 / 河道综合治理 works
  engineering_work; a river's 生态修复 and a wetland's or reservoir's 生态保护修复 greening_project; 供水 / 排涝泵站 / 污水处理厂
  / 污水管网 / 道路提升 works infrastructure_project; 老旧小区改造 / 城市更新 housing_project; 冷链物流中心 logistics_hub; a work
  whose 前期工作方案 is reviewed planned_project; the rest project.
- Places: one line per name per file as written; places inside titles, organ references and project names count; places
  in site lines, stamp lines (``发表于山东``, the 网易 ``湖南`` line), breadcrumbs, navigation, side lists (相关新闻, 相关文章, 本版
  其他新闻, 往期推荐, 相关推荐), 上一篇 / 下一篇, document titles in 《》, product names (信阳毛尖 gives 信阳 only where 信阳 stands
  alone, 龙泉青瓷, 漳平水仙茶饼) and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YNZ = "临沂沂南经济开发区"
JHZ = "盐城建湖高新区"
YYZ = "上饶弋阳高新技术产业园区"
XH = "沧州市新华区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cw01_yinan.txt": (2021, "发布日期：2021-05-19 17:20", "沂南县", [
        ("孙建华调研重点项目建设工作", "5月18日", "2021-05-18", "5月18日，县委书记孙建华深入岸堤镇",
         "county government site: the 县委书记's project-site 调研 (a town, a 街道, the county's 经济开发区); 副县长 贾晓东 (费县长 in 2023)")]),
    "cw02_feixian.txt": (2023, "2023-08-16 19:42", "费县", [
        ("县政府召开第二十三次常务会议", "8月16日", "2023-08-16", "8月16日，县委副书记、县长贾晓东主持召开",
         "county 融媒体 WeChat article: the 县长 (沂南's former 副县长) chairs the 县政府常务会议; 列席 人大 / 政协")]),
    "cw03_yancheng.txt": (2022, "2022年3月25日 星期五", "盐城市", [
        ("鲁光远在建湖调研时强调", "3月24日", "2022-03-24", "本报讯（记者 蒋丽萍）",
         "city paper A2: the 市长's 调研 in 建湖 (visitor and host posts; 建湖高新区)"),
        ("东台召开一季度重点项目推进会", "3月23日", "2022-03-23", "本报讯（通讯员 许文斌 记者 王建伟）",
         "city paper: 东台's 推进会 chaired by its 市长, its 市委书记 speaks")]),
    "cw04_longquan.txt": (2020, "2020-06-10 08:36:12", "龙泉市", [
        ("项建伟督查防汛工作时强调 压紧压实责任 全力确保安全度汛", "6月9日", "2020-06-09", "6月9日，市委书记项建伟冒雨深入",
         "county-level city 新闻网: the 市委书记's 防汛 督查 along the 龙泉溪")]),
    "cw05_huoshan.txt": (2024, "发布时间：2024-10-30 09:12", "霍山县", [
        ("县十八届人大常委会第二十次会议召开", "10月29日", "2024-10-29", "10月29日，县十八届人大常委会第二十次会议召开",
         "县人大常委会 site: session; reports on projects and the 淠河; 任免 (接受辞去, 决定任命, 决定免去, 任命); 宪法宣誓; 李红军#1")]),
    "cw06_zhangping.txt": (2019, "发布时间：2019-03-21 16:05", "漳平市", [
        ("局领导带队深入乡镇督导春耕备耕工作", "3月20日", "2019-03-20", "为切实抓好今年春耕备耕生产",
         "department site (市农业农村局): the 局长's 督导 of 春耕 in three towns")]),
    "cw07_yiyang.txt": (2025, "发布时间：2025-04-08 10:26", "弋阳县", [
        ("园区举行2025年一季度重点项目建设现场观摩暨推进会", "4月7日", "2025-04-07", "4月7日，园区举行2025年一季度",
         "zone site (弋阳高新技术产业园区): the 观摩 and the 推进会 after it")]),
    "cw08_shangcheng.txt": (2022, "发布时间：2022-11-16 17:48", "商城县", [
        ("副市长高志华到我镇调研茶产业和重点项目建设", "11月15日", "2022-11-15", "11月15日，副市长高志华到我镇调研",
         "town government page (上石桥镇): a 信阳 副市长's 调研 with county and town hosts; 李红军#2")]),
    "cw09_suining.txt": (2024, "2024-06-21 20:15:36", "绥宁县", [
        ("绥宁县召开2024年重点项目建设推进会", "6月21日", "2024-06-21", "6月21日，绥宁县召开2024年",
         "网易号 portal copy: the county's 推进会 chaired by the 县长, the 县委书记 speaks; 县领导 with no posts")]),
    "cw10_xinhua.txt": (2019, "时间：2019-09-12 18:05", XH, [
        ("区委书记马永刚调研城市更新和重点项目建设", "9月11日", "2019-09-11", "图为马永刚（左二）",
         "district 新闻网 page with an image caption and 相关文章: the 区委书记's 调研 and the 座谈会 after it")]),
}

_ZHOU01 = "县委常委、县委办公室主任周慧敏，副县长贾晓东陪同调研"
_JIA02 = "8月16日，县委副书记、县长贾晓东主持召开"
_SONG02 = "县委常委、常务副县长宋志强，副县长刘桂芳、杜鹏飞、侯宁出席会议"
_RD02 = "县人大常委会副主任马俊岭、县政协副主席徐振国列席会议"
_LU03 = "市委副书记、市长鲁光远到建湖县调研"
_HOST03 = "建湖县委书记沈立峰，县委副书记、县长顾海燕陪同调研"
_WU03 = "市委副书记、市长吴海波主持会议"
_HAN03 = "市委常委、常务副市长韩立新，副市长朱晓光、周蓓参加会议"
_WU04 = "市委常委、常务副市长吴丽琴，副市长季国平参加督查"
_LIU04 = "上垟镇党委副书记、镇长刘佳怡汇报了"
_RD05 = "副主任李红军、储诚芳、程学兵和常委会组成人员出席会议"
_LUO06 = "局党组书记、局长罗金华带领局党组成员、副局长钟玉莲"
_XIE06 = "永福镇党委副书记、镇长谢明亮汇报了"
_SHAO07 = "县委常委、园区党工委书记邵国平参加观摩"
_JIANG07 = "园区党工委副书记、管委会主任姜晓峰主持推进会"
_ZHU07 = "园区党工委委员、管委会副主任祝建新、刘芳芳参加活动"
_HOST08 = "县委常委、常务副县长余长江，副县长李红军，镇党委书记胡春生，镇党委副书记、镇长邱晓燕陪同调研"
_LUO09 = "县委副书记、县长罗振华主持会议"
_YANG09 = "县委常委、常务副县长阳红梅通报了"
_ZHAO10 = "区委副书记、区长赵丽君，区委常委、常务副区长孔祥瑞，副区长郑海涛参加调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 山东 临沂 (沂南县, 费县)
    "cw:孙建华": ("孙建华", "official", "沂南县", [
        ("cw01", "沂南县委", "书记", "5月18日，县委书记孙建华深入岸堤镇", "bare 县委 on the 沂南 site")], []),
    "cw:周慧敏": ("周慧敏", "official", "沂南县", [
        ("cw01", "沂南县委", "常委", _ZHOU01, None),
        ("cw01", "沂南县委办公室", "主任", _ZHOU01, "``县委办公室主任`` → the 县委's office")], []),
    "cw:贾晓东": ("贾晓东", "official", "临沂市", [
        ("cw01", "沂南县政府", "副县长", _ZHOU01, "2021-05 (identity case: 费县委副书记、县长 in 2023, cw02)"),
        ("cw02", "费县委", "副书记", _JIA02, "2023-08: now 县长 of 费县, another county of 临沂"),
        ("cw02", "费县政府", "县长", _JIA02, None)], []),
    "cw:刘长青": ("刘长青", "official", "沂南县", [
        ("cw01", "沂南县岸堤镇党委", "书记", "岸堤镇党委书记刘长青介绍", "a town takes its county")], []),
    "cw:王海燕": ("王海燕", "official", "沂南县", [
        ("cw01", "沂南县界湖街道党工委", "书记", "界湖街道党工委书记王海燕介绍了", "a 街道 takes its county")], []),
    "cw:赵德胜": ("赵德胜", "official", "沂南县", [
        ("cw01", "沂南县水利局", "局长", "县水利局局长赵德胜汇报了", None)], []),
    "cw:李振华": ("李振华", "official", "沂南县", [
        ("cw01", YNZ + "党工委", "书记", "经济开发区党工委书记李振华介绍", "bare 经济开发区 on the 沂南 site = the county's zone, prefixed by 临沂")], []),
    "cw:宋志强": ("宋志强", "official", "费县", [
        ("cw02", "费县委", "常委", _SONG02, None),
        ("cw02", "费县政府", "常务副县长", _SONG02, None)], []),
    "cw:刘桂芳": ("刘桂芳", "official", "费县", [
        ("cw02", "费县政府", "副县长", _SONG02, "one title before a list gives every name that title")], []),
    "cw:杜鹏飞": ("杜鹏飞", "official", "费县", [
        ("cw02", "费县政府", "副县长", _SONG02, None)], []),
    "cw:侯宁": ("侯宁", "official", "费县", [
        ("cw02", "费县政府", "副县长", _SONG02, None)], []),
    "cw:马俊岭": ("马俊岭", "official", "费县", [
        ("cw02", "费县人大常委会", "副主任", _RD02, None)], []),
    "cw:徐振国": ("徐振国", "official", "费县", [
        ("cw02", "费县政协", "副主席", _RD02, None)], []),
    "cw:邵明刚": ("邵明刚", "official", "费县", [
        ("cw02", "费县水利局", "局长", "县水利局局长邵明刚汇报", None)], []),
    # ---- 江苏 盐城 (the 盐城日报: 建湖县, 东台市)
    "cw:鲁光远": ("鲁光远", "official", "盐城市", [
        ("cw03", "盐城市委", "副书记", _LU03, "visitor: bare 市委 / 市长 in the 盐城日报 = 盐城市's"),
        ("cw03", "盐城市政府", "市长", _LU03, None)], []),
    "cw:钱正清": ("钱正清", "official", "盐城市", [
        ("cw03", "盐城市政府", "秘书长", "市政府秘书长钱正清参加调研", "visitor")], []),
    "cw:沈立峰": ("沈立峰", "official", "建湖县", [
        ("cw03", "建湖县委", "书记", _HOST03, "host")], []),
    "cw:顾海燕": ("顾海燕", "official", "建湖县", [
        ("cw03", "建湖县委", "副书记", _HOST03, "host: bare 县委 after 建湖县委书记 = 建湖's"),
        ("cw03", "建湖县政府", "县长", _HOST03, None)], []),
    "cw:丁国华": ("丁国华", "official", "建湖县", [
        ("cw03", JHZ + "党工委", "书记", "建湖高新区党工委书记丁国华介绍", "a county's zone takes its prefecture city")], []),
    "cw:曹永胜": ("曹永胜", "official", "东台市", [
        ("cw03", "东台市委", "书记", "东台市委书记曹永胜出席会议并讲话", None)], []),
    "cw:吴海波": ("吴海波", "official", "东台市", [
        ("cw03", "东台市委", "副书记", _WU03, "bare 市委 in the 东台 item after 东台市委书记 = 东台's (DECIDED HERE)"),
        ("cw03", "东台市政府", "市长", _WU03, None)], []),
    "cw:潘立强": ("潘立强", "official", "东台市", [
        ("cw03", "东台市发展和改革委员会", "主任", "市发展和改革委员会主任潘立强通报了", "in the 东台 item")], []),
    "cw:韩立新": ("韩立新", "official", "东台市", [
        ("cw03", "东台市委", "常委", _HAN03, None),
        ("cw03", "东台市政府", "常务副市长", _HAN03, None)], []),
    "cw:朱晓光": ("朱晓光", "official", "东台市", [
        ("cw03", "东台市政府", "副市长", _HAN03, None)], []),
    "cw:周蓓": ("周蓓", "official", "东台市", [
        ("cw03", "东台市政府", "副市长", _HAN03, None)], []),
    # ---- 浙江 丽水 龙泉市
    "cw:项建伟": ("项建伟", "official", "龙泉市", [
        ("cw04", "龙泉市委", "书记", "6月9日，市委书记项建伟冒雨深入", "bare 市委 on the 龙泉 新闻网")], []),
    "cw:吴丽琴": ("吴丽琴", "official", "龙泉市", [
        ("cw04", "龙泉市委", "常委", _WU04, None),
        ("cw04", "龙泉市政府", "常务副市长", _WU04, None)], []),
    "cw:季国平": ("季国平", "official", "龙泉市", [
        ("cw04", "龙泉市政府", "副市长", _WU04, None)], []),
    "cw:毛建良": ("毛建良", "official", "龙泉市", [
        ("cw04", "龙泉市八都镇党委", "书记", "八都镇党委书记毛建良介绍了", None)], []),
    "cw:陈伟锋": ("陈伟锋", "official", "龙泉市", [
        ("cw04", "龙泉市水利局", "局长", "市水利局局长陈伟锋汇报了", None)], []),
    "cw:刘佳怡": ("刘佳怡", "official", "龙泉市", [
        ("cw04", "龙泉市上垟镇党委", "副书记", _LIU04, None),
        ("cw04", "龙泉市上垟镇政府", "镇长", _LIU04, None)], []),
    # ---- 安徽 六安 霍山县 (人大常委会 site)
    "cw:汪德林": ("汪德林", "official", "霍山县", [
        ("cw05", "霍山县人大常委会", "主任", "县人大常委会主任汪德林主持会议", None)], []),
    "cw:李红军#1": ("李红军", "official", "霍山县", [
        ("cw05", "霍山县人大常委会", "副主任", _RD05, "安徽 霍山, 2024; not the 李红军 of 商城 (河南 信阳, cw08)")], []),
    "cw:储诚芳": ("储诚芳", "official", "霍山县", [
        ("cw05", "霍山县人大常委会", "副主任", _RD05, None)], []),
    "cw:程学兵": ("程学兵", "official", "霍山县", [
        ("cw05", "霍山县人大常委会", "副主任", _RD05, None)], []),
    "cw:胡文静": ("胡文静", "official", "霍山县", [
        ("cw05", "霍山县政府", "副县长", "副县长胡文静，县监察委员会", "列席")], []),
    "cw:熊振华": ("熊振华", "official", "霍山县", [], ["cw05"]),  # 接受…辞去: no line
    "cw:王雪松": ("王雪松", "official", "霍山县", [
        ("cw05", "霍山县政府", "副县长", "决定任命王雪松为霍山县人民政府副县长", "appointed (决定任命) by the 人大常委会, Oct 2024")], []),
    "cw:方志远": ("方志远", "official", "霍山县", [
        ("cw05", "霍山县财政局", "局长", "决定任命方志远为霍山县财政局局长", "appointed (决定任命) on the post 储国庆 leaves")], []),
    "cw:储国庆": ("储国庆", "official", "霍山县", [], ["cw05"]),  # 决定免去: no line
    "cw:汪慧敏": ("汪慧敏", "official", "霍山县", [
        ("cw05", "霍山县人大常委会预算工作委员会", "主任", "任命汪慧敏为霍山县人大常委会预算工作委员会主任", "appointed (任命)")], []),
    # ---- 福建 龙岩 漳平市 (市农业农村局 site)
    "cw:罗金华": ("罗金华", "official", "漳平市", [
        ("cw06", "漳平市农业农村局党组", "书记", _LUO06, "bare 局党组 on the department's site"),
        ("cw06", "漳平市农业农村局", "局长", _LUO06, None)], []),
    "cw:钟玉莲": ("钟玉莲", "official", "漳平市", [
        ("cw06", "漳平市农业农村局党组", "成员", _LUO06, "党组成员 is a post of the 党组 (as z, ap)"),
        ("cw06", "漳平市农业农村局", "副局长", _LUO06, None)], []),
    "cw:谢明亮": ("谢明亮", "official", "漳平市", [
        ("cw06", "漳平市永福镇党委", "副书记", _XIE06, None),
        ("cw06", "漳平市永福镇政府", "镇长", _XIE06, None)], []),
    "cw:吴小华": ("吴小华", "official", "漳平市", [
        ("cw06", "漳平市新桥镇政府", "副镇长", "新桥镇分管农业的副镇长吴小华介绍", "``分管农业的`` is no part of the title")], []),
    "cw:刘桂英": ("刘桂英", "official", "漳平市", [
        ("cw06", "漳平市农业技术推广中心", "主任", "市农业技术推广中心主任刘桂英介绍了", None)], []),
    # ---- 江西 上饶 弋阳县 (the zone's site)
    "cw:邵国平": ("邵国平", "official", "弋阳县", [
        ("cw07", "弋阳县委", "常委", _SHAO07, "bare 县委 on the 弋阳 zone's site"),
        ("cw07", YYZ + "党工委", "书记", _SHAO07, "``园区`` on the zone's own site = the zone, prefixed by 上饶")], []),
    "cw:姜晓峰": ("姜晓峰", "official", "弋阳县", [
        ("cw07", YYZ + "党工委", "副书记", _JIANG07, None),
        ("cw07", YYZ + "管委会", "主任", _JIANG07, None)], []),
    "cw:祝建新": ("祝建新", "official", "弋阳县", [
        ("cw07", YYZ + "党工委", "委员", _ZHU07, None),
        ("cw07", YYZ + "管委会", "副主任", _ZHU07, None)], []),
    "cw:刘芳芳": ("刘芳芳", "official", "弋阳县", [
        ("cw07", YYZ + "党工委", "委员", _ZHU07, None),
        ("cw07", YYZ + "管委会", "副主任", _ZHU07, None)], []),
    "cw:吴志军": ("吴志军", "official", "弋阳县", [
        ("cw07", YYZ + "经济发展局", "局长", "园区经济发展局局长吴志军通报了", "a zone department as written after the zone")], []),
    # ---- 河南 信阳 商城县 (上石桥镇 page)
    "cw:高志华": ("高志华", "external_official", "信阳市", [
        ("cw08", "信阳市政府", "副市长", "11月15日，副市长高志华到我镇调研", "visitor: bare 副市长 on a 商城 town page = 信阳市's")], []),
    "cw:蔡明": ("蔡明", "external_official", "信阳市", [
        ("cw08", "信阳市农业农村局", "副局长", "市农业农村局副局长蔡明参加调研", "visitor")], []),
    "cw:余长江": ("余长江", "official", "商城县", [
        ("cw08", "商城县委", "常委", _HOST08, "host"),
        ("cw08", "商城县政府", "常务副县长", _HOST08, None)], []),
    "cw:李红军#2": ("李红军", "official", "商城县", [
        ("cw08", "商城县政府", "副县长", _HOST08, "河南 商城, 2022; not the 李红军 of 霍山 (安徽 六安, cw05)")], []),
    "cw:胡春生": ("胡春生", "official", "商城县", [
        ("cw08", "商城县上石桥镇党委", "书记", _HOST08, "bare 镇党委 on the town's page")], []),
    "cw:邱晓燕": ("邱晓燕", "official", "商城县", [
        ("cw08", "商城县上石桥镇党委", "副书记", _HOST08, None),
        ("cw08", "商城县上石桥镇政府", "镇长", _HOST08, None)], []),
    # ---- 湖南 邵阳 绥宁县 (网易号 copy)
    "cw:彭立志": ("彭立志", "official", "绥宁县", [
        ("cw09", "绥宁县委", "书记", "县委书记彭立志出席会议并讲话", None)], []),
    "cw:罗振华": ("罗振华", "official", "绥宁县", [
        ("cw09", "绥宁县委", "副书记", _LUO09, None),
        ("cw09", "绥宁县政府", "县长", _LUO09, None)], []),
    "cw:刘国栋": ("刘国栋", "official", "绥宁县", [], ["cw09"]),  # 县领导: no post
    "cw:袁丽娟": ("袁丽娟", "official", "绥宁县", [], ["cw09"]),
    "cw:肖正明": ("肖正明", "official", "绥宁县", [], ["cw09"]),
    "cw:阳红梅": ("阳红梅", "official", "绥宁县", [
        ("cw09", "绥宁县委", "常委", _YANG09, None),
        ("cw09", "绥宁县政府", "常务副县长", _YANG09, None)], []),
    "cw:曾志刚": ("曾志刚", "official", "绥宁县", [
        ("cw09", "绥宁县发展和改革局", "局长", "县发展和改革局局长曾志刚对项目审批", None)], []),
    "cw:钟国华": ("钟国华", "official", "绥宁县", [
        ("cw09", "绥宁县长铺镇党委", "书记", "长铺镇党委书记钟国华表示", None)], []),
    # ---- 河北 沧州 新华区
    "cw:马永刚": ("马永刚", "official", XH, [
        ("cw10", XH + "委", "书记", "9月11日，区委书记马永刚深入", "bare 区委 on the 新华区 page = 沧州市新华区委 (a shared district name takes its city)")], []),
    "cw:赵丽君": ("赵丽君", "official", XH, [
        ("cw10", XH + "委", "副书记", _ZHAO10, None),
        ("cw10", XH + "政府", "区长", _ZHAO10, None)], []),
    "cw:孔祥瑞": ("孔祥瑞", "official", XH, [
        ("cw10", XH + "委", "常委", _ZHAO10, None),
        ("cw10", XH + "政府", "常务副区长", _ZHAO10, None)], []),
    "cw:郑海涛": ("郑海涛", "official", XH, [
        ("cw10", XH + "政府", "副区长", _ZHAO10, None)], []),
    "cw:石立平": ("石立平", "official", XH, [
        ("cw10", XH + "建设北街街道党工委", "书记", "建设北街街道党工委书记石立平介绍", None)], []),
    "cw:孟凡辉": ("孟凡辉", "official", XH, [
        ("cw10", XH + "住房和城乡建设局", "局长", "区住房和城乡建设局局长孟凡辉汇报了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cw01", "陈晓飞", "记者", "reporter", "（记者 陈晓飞 通讯员 李文静）"),
    ("cw01", "李文静", "通讯员", "correspondent", "（记者 陈晓飞 通讯员 李文静）"),
    ("cw01", "朱丽丽", "责任编辑", "editor", "责任编辑：朱丽丽"),
    ("cw02", "孙悦", "记者", "reporter", "记者：孙　悦　王　浩"),
    ("cw02", "王浩", "记者", "reporter", "记者：孙　悦　王　浩"),
    ("cw02", "李梦洁", "编辑", "editor", "编辑：李梦洁"),
    ("cw02", "张玉华", "审核", "editor", "审核：张玉华"),
    ("cw03", "蒋丽萍", "记者", "reporter", "本报讯（记者 蒋丽萍）"),
    ("cw03", "许文斌", "通讯员", "correspondent", "本报讯（通讯员 许文斌 记者 王建伟）"),
    ("cw03", "王建伟", "记者", "reporter", "本报讯（通讯员 许文斌 记者 王建伟）"),
    ("cw03", "沈晓红", "责任编辑", "editor", "责任编辑/沈晓红"),
    ("cw03", "王珏", "版式设计", "editor", "版式设计/王　珏"),
    ("cw03", "陈美玲", "校对", "editor", "校对/陈美玲"),
    ("cw04", "周晓燕", "记者", "reporter", "作者：记者 周晓燕 通讯员 毛丽芬"),
    ("cw04", "毛丽芬", "通讯员", "correspondent", "作者：记者 周晓燕 通讯员 毛丽芬"),
    ("cw04", "叶青", "编辑", "editor", "编辑：叶　青"),
    ("cw05", "储小燕", "撰稿", "author", "撰稿：储小燕"),
    ("cw05", "王正华", "审核", "editor", "审核：王正华"),
    ("cw06", "陈晓琳", "供稿", "author", "（供稿：办公室　陈晓琳）"),
    ("cw06", "张春生", "审核", "editor", "审核：张春生"),
    ("cw07", "吴敏", "作者", "author", "作者：吴　敏"),
    ("cw07", "方建华", "审核", "editor", "审核：方建华"),
    ("cw08", "杨文静", "供稿", "author", "（镇党政办　杨文静）"),
    ("cw09", "罗丹", "记者", "reporter", "记者：罗　丹　刘一鸣"),
    ("cw09", "刘一鸣", "记者", "reporter", "记者：罗　丹　刘一鸣"),
    ("cw09", "蒋慧芳", "编辑", "editor", "编辑：蒋慧芳"),
    ("cw09", "李国庆", "一审", "editor", "一审：李国庆"),
    ("cw09", "唐丽", "二审", "editor", "二审：唐　丽"),
    ("cw09", "龙海燕", "三审", "editor", "三审：龙海燕"),
    ("cw10", "杨帆", "摄", "photographer", "记者 杨　帆 摄"),
    ("cw10", "杨帆", "记者", "reporter", "（记者 杨　帆 通讯员 高晓丽）"),
    ("cw10", "高晓丽", "通讯员", "correspondent", "（记者 杨　帆 通讯员 高晓丽）"),
    ("cw10", "刘佳宁", "责任编辑", "editor", "责任编辑：刘佳宁"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cw01", "重点项目建设调研", "inspection (调研)", "5月18日", None, "孙建华", [],
     ["周慧敏", "贾晓东"], ["刘长青", "孙建华", "贾晓东", "王海燕", "赵德胜", "李振华"], "岸堤镇、界湖街道、经济开发区",
     "5月18日，县委书记孙建华深入岸堤镇、界湖街道和经济开发区，现场调研重点项目建设工作",
     ["县委书记孙建华深入岸堤镇", _ZHOU01, "岸堤镇党委书记刘长青介绍", "孙建华指出", "贾晓东汇报了工程分段施工",
      "孙建华强调，汶河是沂南的母亲河", "王海燕介绍了管网入户", "局长赵德胜汇报了", "孙建华要求", "李振华介绍",
      "调研中，孙建华强调"]),
    ("cw02", "县政府第二十三次常务会议", "meeting (常务会议)", "8月16日", "贾晓东", None, ["费县政府"],
     ["宋志强", "刘桂芳", "杜鹏飞", "侯宁", "马俊岭", "徐振国"], ["邵明刚", "贾晓东", "宋志强", "刘桂芳", "杜鹏飞", "侯宁"], None,
     "8月16日，县委副书记、县长贾晓东主持召开县政府第二十三次常务会议",
     [_JIA02, _SONG02, _RD02, "县水利局局长邵明刚汇报", "贾晓东指出", "宋志强就抓好重点项目要素保障", "刘桂芳就做好秋季学期",
      "杜鹏飞就抓好秋粮生产", "侯宁就老旧小区改造", "贾晓东强调"]),
    ("cw03", "建湖县产业项目建设和节能环保产业发展调研", "inspection (调研)", "3月24日", None, "鲁光远", [],
     ["钱正清", "沈立峰", "顾海燕"], ["丁国华", "鲁光远", "顾海燕", "沈立峰", "钱正清"], "建湖县",
     "3月24日，市委副书记、市长鲁光远到建湖县调研产业项目建设和节能环保产业发展情况",
     [_LU03, "市政府秘书长钱正清参加调研", _HOST03, "党工委书记丁国华介绍", "鲁光远指出", "顾海燕汇报了",
      "鲁光远强调", "沈立峰表示", "鲁光远对建湖各项工作给予肯定。他要求", "钱正清就做好重点项目要素保障"]),
    ("cw03", "东台市一季度重点项目推进会", "meeting (推进会)", "3月23日", "吴海波", None, ["东台市"],
     ["曹永胜", "韩立新", "朱晓光", "周蓓"], ["潘立强", "曹永胜", "吴海波"], None,
     "3月23日，东台市召开一季度重点项目推进会",
     ["东台市委书记曹永胜出席会议并讲话", _WU03, _HAN03, "主任潘立强通报了", "曹永胜强调", "曹永胜要求", "吴海波要求"]),
    ("cw04", "防汛防台工作督查", "inspection (督查)", "6月9日", None, "项建伟", [],
     ["吴丽琴", "季国平"], ["毛建良", "陈伟锋", "项建伟", "刘佳怡", "吴丽琴", "季国平"], "八都镇、上垟镇、城区",
     "6月9日，市委书记项建伟冒雨深入八都镇、上垟镇和城区，督查防汛防台工作",
     ["市委书记项建伟冒雨深入", _WU04, "毛建良介绍了", "局长陈伟锋汇报了", "项建伟指出", _LIU04, "项建伟强调，山区防汛",
      "吴丽琴汇报了城区易涝点整治进展", "项建伟要求", "季国平就做好农业生产防灾减灾"]),
    ("cw05", "县十八届人大常委会第二十次会议", "session (人大常委会会议)", "10月29日", "汪德林", None, ["霍山县人大常委会"],
     ["李红军", "储诚芳", "程学兵", "胡文静"], ["王雪松", "汪德林"], None,
     "10月29日，县十八届人大常委会第二十次会议召开",
     ["县人大常委会主任汪德林主持会议", _RD05, "副县长胡文静，县监察委员会", "王雪松代表新任命人员作表态发言",
      "汪德林在讲话中指出", "汪德林强调"]),
    ("cw06", "春耕备耕督导", "inspection (督导)", "3月20日", None, "罗金华", [],
     ["钟玉莲"], ["谢明亮", "罗金华", "吴小华", "钟玉莲", "刘桂英"], "永福镇、新桥镇、溪南镇",
     "3月20日，局党组书记、局长罗金华带领局党组成员、副局长钟玉莲和粮油、植保、农机等业务站所负责人，深入永福镇、新桥镇、溪南镇督导春耕备耕工作",
     [_LUO06, _XIE06, "罗金华指出", "副镇长吴小华介绍", "钟玉莲就做好集中育秧", "主任刘桂英介绍了", "罗金华要求",
      "督导中，罗金华强调"]),
    ("cw07", "2025年一季度重点项目建设现场观摩", "site observation (观摩)", "4月7日", None, None, [YYZ],
     ["邵国平", "祝建新", "刘芳芳"], [], "弋阳高新技术产业园区",
     "观摩团一行先后来到弋阳县新能源电池材料产业园",
     [_SHAO07, _ZHU07]),
    ("cw07", "2025年一季度重点项目建设推进会", "meeting (推进会)", "4月7日", "姜晓峰", None, [YYZ],
     ["邵国平", "祝建新", "刘芳芳"], ["吴志军", "姜晓峰", "邵国平"], None,
     "在随后召开的推进会上，园区经济发展局局长吴志军通报了",
     [_JIANG07, "参加观摩并在推进会上讲话", _ZHU07, "局长吴志军通报了", "姜晓峰就抓好二季度项目建设", "邵国平在讲话中"]),
    ("cw08", "上石桥镇茶产业发展和重点项目建设调研", "inspection (调研)", "11月15日", None, "高志华", [],
     ["蔡明", "余长江", "李红军", "胡春生", "邱晓燕"], ["胡春生", "高志华", "邱晓燕", "李红军", "蔡明", "余长江"], "上石桥镇",
     "11月15日，副市长高志华到我镇调研茶产业发展和重点项目建设工作",
     ["副市长高志华到我镇调研", "市农业农村局副局长蔡明参加调研", _HOST08, "胡春生介绍", "高志华指出", "邱晓燕汇报了",
      "李红军介绍了", "蔡明就争取省级现代农业产业园项目", "余长江汇报了", "高志华强调", "高志华对我镇茶产业发展",
      "胡春生表示"]),
    ("cw09", "2024年重点项目建设推进会", "meeting (推进会)", "6月21日", "罗振华", None, ["绥宁县"],
     ["彭立志", "刘国栋", "袁丽娟", "肖正明"], ["阳红梅", "曾志刚", "钟国华", "彭立志", "罗振华"], None,
     "6月21日，绥宁县召开2024年重点项目建设推进会",
     ["县委书记彭立志出席会议并讲话", _LUO09, "县领导刘国栋、袁丽娟、肖正明出席会议", _YANG09, "局长曾志刚对项目审批",
      "长铺镇党委书记钟国华表示", "彭立志强调", "彭立志要求", "罗振华要求"]),
    ("cw10", "城市更新和重点项目建设调研", "inspection (调研)", "9月11日", None, "马永刚", [],
     ["赵丽君", "孔祥瑞", "郑海涛"], ["石立平", "马永刚", "孟凡辉", "赵丽君", "孔祥瑞", "郑海涛"], "建设北街街道、车站街道、小赵庄乡",
     "9月11日，区委书记马永刚深入建设北街街道、车站街道和小赵庄乡，调研城市更新和重点项目建设工作",
     ["区委书记马永刚深入", _ZHAO10, "石立平介绍", "马永刚指出", "局长孟凡辉汇报了", "马永刚强调，大运河",
      "赵丽君汇报了", "孔祥瑞介绍了", "调研中，马永刚强调", "马永刚要求", "郑海涛就做好项目建设期间"]),
    ("cw10", "城市更新和重点项目建设座谈会", "meeting (座谈会)", "9月11日", "马永刚", None, [],
     [], [], None,
     "调研结束后，马永刚主持召开座谈会",
     ["马永刚主持召开座谈会"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cw01", "朱家林田园综合体提升项目", "project", "在岸堤镇朱家林田园综合体提升项目现场"),
    ("cw01", "汶河沂南段综合治理工程", "engineering_work", "来到汶河沂南段综合治理工程施工现场"),
    ("cw01", "沂南县城乡供水一体化工程", "infrastructure_project", "察看了沂南县城乡供水一体化工程第二水厂建设情况"),
    ("cw01", "沂南县高端装备制造产业园", "industrial_park", "走进沂南县高端装备制造产业园"),
    ("cw02", "祊河费县段防洪提升工程", "engineering_work", "县水利局关于祊河费县段防洪提升工程建设进展情况的汇报"),
    ("cw02", "费县木业绿色家居产业园", "industrial_park", "会议听取了费县木业绿色家居产业园建设情况汇报"),
    ("cw02", "塔山生态旅游度假区道路提升工程", "infrastructure_project", "会议研究了塔山生态旅游度假区道路提升工程"),
    ("cw02", "费县城区老旧小区改造项目", "housing_project", "费县城区老旧小区改造项目推进情况"),
    ("cw02", "费县城北污水处理厂扩建工程", "planned_project", "审议了费县城北污水处理厂扩建工程前期工作方案"),
    ("cw03", "建湖县节能环保产业园", "industrial_park", "走进建湖县节能环保产业园"),
    ("cw03", "建湖县石油装备智能制造产业园二期工程", "industrial_park", "察看了建湖县石油装备智能制造产业园二期工程建设现场"),
    ("cw03", "九龙口旅游度假区提升工程", "project", "来到九龙口旅游度假区提升工程现场"),
    ("cw03", "东台市光伏新能源产业园", "industrial_park", "会议观看了东台市光伏新能源产业园"),
    ("cw03", "东台市弶港渔港经济区建设项目", "project", "东台市弶港渔港经济区建设项目和条子泥湿地保护修复工程进展视频"),
    ("cw03", "条子泥湿地保护修复工程", "greening_project", "东台市弶港渔港经济区建设项目和条子泥湿地保护修复工程进展视频"),
    ("cw04", "龙泉溪八都段堤防加固工程", "engineering_work", "察看了龙泉溪八都段堤防加固工程施工进度"),
    ("cw04", "上垟镇山洪灾害防治项目", "engineering_work", "察看了上垟镇山洪灾害防治项目和地质灾害隐患点"),
    ("cw04", "龙泉市城区排涝泵站提升工程", "infrastructure_project", "来到龙泉市城区排涝泵站提升工程现场"),
    ("cw05", "霍山县城乡供水一体化工程", "infrastructure_project", "霍山县城乡供水一体化工程、佛子岭水库周边生态保护修复工程"),
    ("cw05", "佛子岭水库周边生态保护修复工程", "greening_project", "霍山县城乡供水一体化工程、佛子岭水库周边生态保护修复工程"),
    ("cw05", "霍山县高端装备制造产业园二期工程", "industrial_park", "霍山县高端装备制造产业园二期工程等一批重大项目进展顺利"),
    ("cw06", "漳平市永福镇高标准农田建设项目", "project", "察看了漳平市永福镇高标准农田建设项目施工现场"),
    ("cw06", "漳平市新桥镇水稻育秧中心建设项目", "project", "走进漳平市新桥镇水稻育秧中心建设项目"),
    ("cw06", "漳平市花卉苗木产业园", "industrial_park", "沿岸农田水毁修复情况和漳平市花卉苗木产业园基地"),
    ("cw07", "弋阳县新能源电池材料产业园", "industrial_park", "观摩团一行先后来到弋阳县新能源电池材料产业园"),
    ("cw07", "园区标准厂房三期工程", "project", "在园区标准厂房三期工程现场"),
    ("cw07", "弋阳县智能家居产业园", "industrial_park", "在弋阳县智能家居产业园，已入驻企业5家"),
    ("cw07", "园区污水处理厂提标改造工程", "infrastructure_project", "园区污水处理厂提标改造工程完工后"),
    ("cw08", "上石桥镇万亩生态茶园提质增效项目", "project", "首先来到上石桥镇万亩生态茶园提质增效项目现场"),
    ("cw08", "上石桥镇茶叶精深加工产业园", "industrial_park", "来到上石桥镇茶叶精深加工产业园"),
    ("cw08", "上石桥镇农产品冷链物流中心", "logistics_hub", "在上石桥镇农产品冷链物流中心建设现场"),
    ("cw08", "灌河上石桥段综合治理工程", "engineering_work", "察看了灌河上石桥段综合治理工程"),
    ("cw09", "绥宁县竹木加工产业园", "industrial_park", "会议通报了绥宁县竹木加工产业园"),
    ("cw09", "巫水绥宁段防洪治理工程", "engineering_work", "绥宁县竹木加工产业园、巫水绥宁段防洪治理工程"),
    ("cw09", "黄桑生态旅游区提质改造项目", "project", "黄桑生态旅游区提质改造项目、绥宁县城区污水管网改造工程等重点项目"),
    ("cw09", "绥宁县城区污水管网改造工程", "infrastructure_project", "黄桑生态旅游区提质改造项目、绥宁县城区污水管网改造工程等重点项目"),
    ("cw10", "新华区南湖片区城市更新项目", "housing_project", "首先来到新华区南湖片区城市更新项目现场"),
    ("cw10", "大运河新华段生态修复工程", "greening_project", "察看了大运河新华段生态修复工程"),
    ("cw10", "新华区小赵庄乡智能装备产业园", "industrial_park", "走进新华区小赵庄乡智能装备产业园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cw01", "岸堤镇", "town", "standalone", "深入岸堤镇、界湖街道和经济开发区"),
    ("cw01", "界湖街道", "subdistrict", "standalone", "深入岸堤镇、界湖街道和经济开发区"),
    ("cw01", "经济开发区", "development_zone", "standalone", "深入岸堤镇、界湖街道和经济开发区"),
    ("cw01", "朱家林", "village", "standalone", "朱家林是全县乡村振兴的一张名片"),
    ("cw01", "汶河", "river", "standalone", "汶河是沂南的母亲河"),
    ("cw01", "沂南", "county", "standalone", "汶河是沂南的母亲河"),
    ("cw01", "砖埠镇", "town", "standalone", "涉及界湖街道、砖埠镇、辛集镇等5个镇街"),
    ("cw01", "辛集镇", "town", "standalone", "涉及界湖街道、砖埠镇、辛集镇等5个镇街"),
    ("cw01", "沂南县", "county", "standalone", "据了解，今年沂南县共确定县级重点项目86个"),
    ("cw02", "临沂市", "prefecture_city", "in_org_reference", "会议传达学习了临沂市政府第三十一次常务会议精神"),
    ("cw02", "祊河", "river", "standalone", "祊河、温凉河沿岸各镇街"),
    ("cw02", "温凉河", "river", "standalone", "祊河、温凉河沿岸各镇街"),
    ("cw02", "费县", "county", "standalone", "以实干实绩推动费县高质量发展"),
    ("cw02", "探沂镇", "town", "standalone", "目前探沂镇、上冶镇两处险工段护岸已完工"),
    ("cw02", "上冶镇", "town", "standalone", "目前探沂镇、上冶镇两处险工段护岸已完工"),
    ("cw02", "胡阳镇", "town", "standalone", "主要分布在探沂镇、胡阳镇、新庄镇等镇街"),
    ("cw02", "新庄镇", "town", "standalone", "主要分布在探沂镇、胡阳镇、新庄镇等镇街"),
    ("cw02", "塔山", "scenic_area", "in_project_name", "会议研究了塔山生态旅游度假区道路提升工程"),
    ("cw03", "建湖", "county", "standalone", "节能环保产业是建湖的特色优势产业"),
    ("cw03", "建湖县", "county", "standalone", "到建湖县调研产业项目建设"),
    ("cw03", "建湖高新区", "development_zone", "standalone", "鲁光远一行首先来到建湖高新区"),
    ("cw03", "上冈镇", "town", "standalone", "在上冈镇，鲁光远察看了"),
    ("cw03", "九龙口", "wetland", "standalone", "九龙口位于建湖县西北部"),
    ("cw03", "里下河", "region", "standalone", "是里下河地区保存最为完好的湖荡湿地之一"),
    ("cw03", "长三角", "region", "standalone", "打造成长三角知名的湿地生态旅游目的地"),
    ("cw03", "东台", "county_city", "standalone", "东台召开一季度重点项目推进会"),
    ("cw03", "东台市", "county_city", "standalone", "3月23日，东台市召开一季度重点项目推进会"),
    ("cw03", "东台沿海经济区", "development_zone", "standalone", "东台沿海经济区、弶港镇、时堰镇作交流发言"),
    ("cw03", "弶港镇", "town", "standalone", "东台沿海经济区、弶港镇、时堰镇作交流发言"),
    ("cw03", "时堰镇", "town", "standalone", "东台沿海经济区、弶港镇、时堰镇作交流发言"),
    ("cw03", "条子泥", "wetland", "in_project_name", "东台市弶港渔港经济区建设项目和条子泥湿地保护修复工程进展视频"),
    ("cw03", "上海", "province", "standalone", "聚焦上海、苏南等重点区域"),
    ("cw03", "苏南", "region", "standalone", "聚焦上海、苏南等重点区域"),
    ("cw04", "八都镇", "town", "standalone", "市委书记项建伟冒雨深入八都镇、上垟镇和城区"),
    ("cw04", "上垟镇", "town", "standalone", "市委书记项建伟冒雨深入八都镇、上垟镇和城区"),
    ("cw04", "龙泉溪", "river", "standalone", "龙泉溪水位持续上涨"),
    ("cw04", "龙泉市", "county_city", "in_project_name", "来到龙泉市城区排涝泵站提升工程现场"),
    ("cw04", "龙渊街道", "subdistrict", "standalone", "可有效缓解龙渊街道、剑池街道部分低洼区域"),
    ("cw04", "剑池街道", "subdistrict", "standalone", "可有效缓解龙渊街道、剑池街道部分低洼区域"),
    ("cw04", "查田镇", "town", "standalone", "视频连线查田镇、安仁镇防汛值班室"),
    ("cw04", "安仁镇", "town", "standalone", "视频连线查田镇、安仁镇防汛值班室"),
    ("cw05", "霍山县", "county", "in_project_name", "霍山县城乡供水一体化工程、佛子岭水库周边生态保护修复工程"),
    ("cw05", "佛子岭水库", "reservoir", "standalone", "佛子岭水库、磨子潭水库出水断面水质"),
    ("cw05", "磨子潭水库", "reservoir", "standalone", "佛子岭水库、磨子潭水库出水断面水质"),
    ("cw05", "淠河", "river", "standalone", "淠河是全县人民的母亲河"),
    ("cw05", "大别山", "mountain", "standalone", "守护好大别山区的绿水青山"),
    ("cw06", "永福镇", "town", "standalone", "深入永福镇、新桥镇、溪南镇督导春耕备耕工作"),
    ("cw06", "新桥镇", "town", "standalone", "深入永福镇、新桥镇、溪南镇督导春耕备耕工作"),
    ("cw06", "溪南镇", "town", "standalone", "深入永福镇、新桥镇、溪南镇督导春耕备耕工作"),
    ("cw06", "漳平市", "county_city", "in_project_name", "察看了漳平市永福镇高标准农田建设项目施工现场"),
    ("cw06", "台品樱花茶园", "scenic_area", "standalone", "施工现场和台品樱花茶园"),
    ("cw06", "九龙江", "river", "standalone", "察看了九龙江北溪溪南段沿岸农田水毁修复情况"),
    ("cw07", "弋阳县", "county", "in_project_name", "观摩团一行先后来到弋阳县新能源电池材料产业园"),
    ("cw07", "弋阳高新技术产业园区", "development_zone", "standalone", "据悉，弋阳高新技术产业园区地处信江之畔"),
    ("cw07", "信江", "river", "standalone", "据悉，弋阳高新技术产业园区地处信江之畔"),
    ("cw08", "上石桥镇", "town", "standalone", "上石桥镇茶产业基础好、潜力大"),
    ("cw08", "信阳", "prefecture_city", "standalone", "信阳毛尖是信阳的金字招牌"),
    ("cw08", "商城县", "county", "standalone", "余长江汇报了商城县重点项目建设"),
    ("cw08", "灌河", "river", "in_project_name", "察看了灌河上石桥段综合治理工程"),
    ("cw08", "大别山", "mountain", "standalone", "依托大别山生态资源优势"),
    ("cw09", "绥宁县", "county", "standalone", "6月21日，绥宁县召开2024年重点项目建设推进会"),
    ("cw09", "长铺镇", "town", "standalone", "长铺镇、李熙桥镇、县住房和城乡建设局作表态发言"),
    ("cw09", "李熙桥镇", "town", "standalone", "长铺镇、李熙桥镇、县住房和城乡建设局作表态发言"),
    ("cw09", "巫水", "river", "standalone", "6月以来，巫水流域遭遇多轮强降雨"),
    ("cw09", "黄桑", "nature_reserve", "standalone", "加快推进黄桑、寨市古镇等文旅项目建设"),
    ("cw09", "寨市古镇", "heritage_site", "standalone", "加快推进黄桑、寨市古镇等文旅项目建设"),
    ("cw09", "绥宁", "county", "standalone", "把绥宁的生态优势转化为发展优势"),
    ("cw10", "新华区", "district", "in_project_name", "在新华区南湖片区城市更新项目现场调研"),
    ("cw10", "建设北街街道", "subdistrict", "standalone", "深入建设北街街道、车站街道和小赵庄乡"),
    ("cw10", "车站街道", "subdistrict", "standalone", "深入建设北街街道、车站街道和小赵庄乡"),
    ("cw10", "小赵庄乡", "township", "standalone", "深入建设北街街道、车站街道和小赵庄乡"),
    ("cw10", "南大街街道", "subdistrict", "standalone", "涉及建设北街街道、南大街街道两个街道"),
    ("cw10", "大运河", "river", "standalone", "大运河是沧州的历史文脉"),
    ("cw10", "沧州", "prefecture_city", "standalone", "大运河是沧州的历史文脉"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cw", conventions="set cw (blind, held-out-like set: ten pages of ten layouts from nine provinces — 山东 临沂 (沂南县 county government site; 费县 county 融媒体 WeChat article copied from a browser), 江苏 盐城 (the 盐城日报 A2 page, PDF text, two items: the 市长's 调研 in 建湖 and 东台's 推进会), 浙江 丽水 (龙泉市 county-level city 新闻网), 安徽 六安 (霍山县 人大常委会 site: a session with 任免), 福建 龙岩 (漳平市农业农村局 department site), 江西 上饶 (弋阳高新技术产业园区 zone site: 观摩 and 推进会), 河南 信阳 (商城县 上石桥镇 town government page: a 副市长's 调研), 湖南 邵阳 (绥宁县 推进会 in a 网易号 portal copy), 河北 沧州 (新华区 district 新闻网 page with an image caption and a 相关文章 list); bare organs take the site's place or its parent of the right level (the town page's 副市长 = 信阳市政府; the 东台 item's bare 市委 / 市 after 东台市委书记 = 东台's); a county's zone takes its prefecture city without 市 (临沂沂南经济开发区, 盐城建湖高新区, 上饶弋阳高新技术产业园区, not folded); a shared district name takes its city (沧州市新华区); towns and 街道 take their county; 决定任命 / 任命 are holdings, 接受辞去 / 决定免去 are not; 县领导 is no post; the 观摩 is a site observation and the 推进会 after it a meeting of its own; 列席 persons are attendees; 撰稿 / 供稿 / bare 作者 are author credits, a caption's 记者 … 摄 a photographer credit, 编辑 / 责任编辑 / 版式设计 / 校对 / 审核 / 一审 / 二审 / 三审 editors; side lists, stamp lines, navigation, product names and footers are not annotated)",
          persons_note="Set cw persons. id = corpus-wide person_id (cw:贾晓东 沂南县副县长 May 2021 → 费县委副书记、县长 Aug 2023, both counties of 临沂 (山东); cw:李红军#1 霍山县人大常委会副主任 (安徽 六安, 2024) and cw:李红军#2 商城县副县长 (河南 信阳, 2022) are two people on pages of neighbouring provinces; 熊振华 (辞去 副县长) and 储国庆 (免去 财政局局长) are named in the 任免 without a post; 刘国栋, 袁丽娟, 肖正明 are 县领导 with no post; cw:杨帆 is the 新华区 page's reporter and photographer)")


if __name__ == "__main__":
    main()
