"""Write gold part ``es`` (a blind set: held-out-like mix, sixth round — ten pages from ten regions, one district, county
or county-level city each: 北京 延庆区, 上海 青浦区, 重庆 云阳县, 四川 凉山州 喜德县, 湖南 浏阳市, 广东 佛山 高明区, 福建
厦门 海沧区, 河北 张家口 怀来县, 辽宁 大连 庄河市, 宁夏 固原 泾源县) from the tables below.

Pages ``tests/dev/texts/es*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 延庆报 digital edition (``当前报纸名称:延庆报``, ``版面:第03版:要闻·综合
上一篇 下一篇``, a 区科信局 ``党组书记、局长,中关村延庆园常务副主任``); a 首都文明网 延庆 page of the 区政协 常委会议
(``区委常委、常务副区长…应邀出席``, ``京公网安备`` footer); a 密云区 融媒体 page of a 京蒙协作 visit (``区委副书记、区长…参加
有关对接工作``, ``区领导…一同参加``); the 门头沟区 government site (``日期:2018-12-05 17:12 来源:《京西时报》 分享 字号:``);
a 北京 page of the 市委书记's 调研 of three districts; the 青浦区政协 site (``政协要闻 位置: 首页>政协要闻``, ``发稿时间:``,
``副区长…应邀出席并讲话``) and a 人民网 上海频道 青浦 page (``区委副书记、代理区长…通报``); a 青浦 区委中心组 page (long list of
区委常委); the 通江县 site of a ``县长…主持召开县人民政府十九届第1次常务会议`` (``会议学习了…传达了…审议了…研究了人事任免事项``)
and a 岳阳县 常务会议 item (``县领导…及相关单位主要负责人参加会议``); 重庆 pages of 忠县 (``县委副书记、县政府县长…，县委常委、
县政府常务副县长…``, a 县委书记's 项目拉练 with ``分管县领导…的情况汇报``), 綦江 (``您当前的位置: 首页 > 綦江要闻 日期: 字体:``),
大足 and 云阳 (``云阳县委书记…，县委副书记、代县长…分别陪同调研``); 凉山 州 pages of the 凉山日报 site (``州委副书记、州长…作通报``,
``州委常委、组织部长…主持``, ``州领导…，各县市党委或政府主要负责同志``); the 高明区 government site's 政务动态 (``区委书记…、区长…、
区委常委…等区领导``, a 重点项目推进工作会议 with a site tour) and a 佛山 paper page of a new 市长候选人 in 高明 (``粤公网安备``);
浏阳 portal pages (``长沙市委常委、浏阳市委书记``, ``浏阳经开区为龙头``); a 庄河 page of its 党政代表团 in 松江 (``庄河市委常委、
副市长…``, ``文字: 图片: 编辑:``); the 东南网 海沧 channel (``您所在的位置:东南网 > 海沧区 > … 作者: 来源: 责任编辑: 分享到:``;
``海沧台商投资区党工委书记、海沧区委书记``) and a 海沧 政情通报会 page; a 厦门 援宁 cadres page (海沧区、同安区 paired with 泾源县)
and 宁夏 / 福建 闽宁协作 pages (``福建援宁干部``, the 银川 government site with ``来源:银川日报 2024-11-06 09:05 字体颜色``); the
京冀 干部互派挂职 reports (``北京市房山区副区长…，挂任河北省保定市委常委、副市长``) and a 民生周刊 page on 怀来 and 延庆. Places
are real and new to the corpus (怀来, 青浦, 云阳, 喜德, 高明, 浏阳, 海沧, 庄河, 泾源 and 延庆 are on no earlier page's body as
written here).

Shapes: a 北京 district government site of a 副市长's 调研 with the 区委书记, 区长 and a 区 department head (es01); a county
WeChat account (``原创 怀来发布 … 发表于河北``, ▲ captions, 往期推荐, 阅读 / 在看) of the 县委书记's 调研 with a 挂职 北京 cadre
(es02); a district paper's 第1版 holding two articles: the 区委书记's 调研 of two towns and a 区人大常委会 视察 (es03); a 重庆
county government site of the 县政府常务会议 (``县委副书记、县政府县长`` chair, a list after one title, 人大 / 政协 列席) (es04);
the 凉山日报 第01版 of the 州委书记's 督导 in 喜德县 with a 州委常委、副州长 and a 挂职 副县长 (es05); a city news portal's
repost of a 珠江时报 item: a district's 重点项目建设推进会 (es06); the 浏阳日报 第A01版 of a new 代市长's first 调研 (``履新后
首次``) in the 经开区 and a town (es07); a 厦门 district government site of the 区长's 调研 (es08); the 大连 portal 天健网 of a
新任 市委书记's first 调研 in two towns (es09); a 宁夏 county WeChat account of the 县委书记's 调研 of 闽宁协作 projects with a 挂职
福建 cadre (es10).

Identity cases:
- es:常铭远 moves from 北京 to 河北: 延庆区发展改革委 主任 in Sept 2021 (es01); 怀来县委常委、副县长（挂职） in May 2023 (es02).
- es:麦卓勋 moves from 四川 to 广东: 喜德县委常委、副县长（挂职） in Nov 2020 (es05); 高明区委常委、副区长 in Apr 2023 (es06).
- es:颜振坤 moves from 福建 to 宁夏: 海沧区发展和改革局 局长 in June 2022 (es08); 泾源县委常委、副县长（挂职） in June 2024 (es10),
  where the page names 海沧区 as the paired district.
- new in post: es:宫少骞, ``新任庄河市委书记`` on his first 调研 (es09); es:黄启林, ``市委副书记、代市长`` of 浏阳 on his first
  调研 ``履新后首次`` (es07).
- two different 邓永辉 in unrelated places: es:邓永辉#1 is 云阳县政府 副县长 (重庆, es04, Aug 2022); es:邓永辉#2 is 庄河市青堆镇
  党委书记 (辽宁, es09, July 2023).
- one organ name in several places: bare ``县委`` is 怀来's (es02), 云阳's (es04), 喜德's (es05, after ``喜德县委书记``) and
  泾源's (es10); bare ``区委`` is 延庆's (es01), 青浦's (es03), 高明's (es06) and 海沧's (es08); bare ``市委`` is 浏阳's (es07:
  ``市委副书记、代市长``, ``市委常委、常务副市长`` on the 浏阳日报) and 庄河's (es09: ``市委副书记、市长`` after ``庄河市委书记``),
  while the bare ``副市长`` of es01 is 北京市's and that of es09 庄河市's; ``县委常委、副县长（挂职）`` is 怀来's, 喜德's and 泾源's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts au, cx, ee, ek, ei, bs where they speak; decided here where they are silent):
- Municipality pages (cx): on a 北京 district site the bare ``副市长`` is 北京市政府's; bare ``区委`` / ``区长`` / ``副区长`` /
  ``区发展改革委`` are the district's (延庆区委, 延庆区政府, 延庆区发展改革委); 延庆区, 青浦区, 高明区, 海沧区 are unique names in
  China and take no city in front. A district's paper (青浦报) and a county site (云阳) likewise give their own district / county.
- DECIDED HERE: the 重庆 chains with the government written between the party title and the post (``县委副书记、县政府县长``,
  ``县委常委、县政府常务副县长``) give org 云阳县政府 and the title after the organ (``县长``, ``常务副县长``), as a bare ``县长``
  would; the ``县政府`` is the org, not part of the title.
- 凉山: the 州 label is the full name (as y, au, db): bare ``州委书记`` in the 凉山日报 → 凉山彝族自治州委 书记; ``州委常委、副州长``
  → 凉山彝族自治州委 常委 + 凉山彝族自治州政府 副州长; ``州政府副秘书长`` → 凉山彝族自治州政府 副秘书长. ``喜德县委书记杨天富，县委
  副书记、县长阿苦拉哈`` → the bare chain after the written county is that county's (bs, ei).
- 挂职 (au): ``县委常委、副县长（挂职）X`` → the county's 委 常委 + 政府 副县长, the title without ``（挂职）``, at the page's date.
  ``东西部扶贫协作`` / ``闽宁协作`` are programmes, no org; the home posts held before are the other pages' holdings.
- DECIDED HERE (county-level city paper, as ee for a department site): in the 浏阳日报 bare ``市委`` / ``代市长`` / ``常务副市长``
  are 浏阳市's, not 长沙市's: ``市委副书记、代市长黄启林`` → 浏阳市委 副书记 + 浏阳市政府 代市长 (as written, as ab's 代县长);
  ``市委常委、浏阳经开区党工委书记彭志远`` → 浏阳市委 常委 + 浏阳经开区党工委 书记; ``经开区管委会主任`` → 浏阳经开区管委会 主任
  (CONVENTIONS zone label: the county-level city's name without 市 + 经开区). The place rows keep both ``浏阳经开区`` and ``经开区``.
- ``新任庄河市委书记宫少骞`` → 庄河市委 书记 (``新任`` is no part of the title); the bare ``市委副书记、市长`` and ``副市长`` after it on
  the 庄河 page are 庄河市's. ``区委副书记、区长林启航`` on the 海沧 site → 海沧区委 / 海沧区政府; ``区发展和改革局局长`` → 海沧区发展和
  改革局 (as written), ``区建设与交通局局长`` → 海沧区建设与交通局.
- Town organs: county label + town + 党委 / 政府 (ek, bq): ``在张山营镇，镇党委书记戴明川`` → 延庆区张山营镇党委 书记; ``东花园镇
  党委书记`` → 怀来县东花园镇党委; ``在朱家角镇，镇长顾敏`` → 青浦区朱家角镇政府 镇长; a 街道's 党工委 (``荷城街道党工委书记`` →
  高明区荷城街道党工委); ``镇党委书记邓永辉`` after ``在青堆镇`` → 庄河市青堆镇党委.
- 人大 / 政协: ``县人大常委会副主任`` → 云阳县人大常委会 副主任; ``县政协副主席`` → 云阳县政协 副主席; ``区人大常委会主任倪国良带队，
  副主任姚晓春、陈文慧`` → 青浦区人大常委会 主任 / 副主任 (a list after one title gives each name the title).
- One line per post per article (钱志浩 is 副区长 in both articles of es03: one line each). ``区领导`` (es06) gives nothing.
- Events: every 调研 / 督导 / 视察 is an ``inspection`` (leader: the one who 调研 / 督导 / 带队; 陪同 / 参加 attendees; 介绍 / 汇报 /
  指出 / 强调 / 要求 / 表示 / 作了安排 speakers; persons who only 汇报 are speakers, as ek); the 人大 视察 of es03 is led by the
  主任 who 带队 (as ab07) with the 区人大常委会 as organizer. The 常务会议 (es04) is a meeting: chair ``主持召开``, ``出席`` and ``列席``
  attendees, 强调 / 作了安排 / 提出要求 speakers; the ``传达学习`` of a 市 调度会 is no event. DECIDED HERE (as ek's 现场推进会): the
  site visit ``会前`` at es06's 推进会 is part of that meeting, no event of its own (no 观摩 is written); ``出席并讲话`` is attendee
  and speaker, ``主持会议`` chair, ``通报`` / ``作表态发言`` speakers.
- Bylines: ``本报讯（记者 …）`` / ``作者：记者 …`` / ``记者：`` reporter lines, ``通讯员`` correspondent; 编辑 / 责任编辑 / 审核
  editor lines. DECIDED HERE: es09 signs 周晓冬 twice (``编辑：`` in the stamp line and ``[责任编辑：…]`` at the end): one editor
  line, the 责任编辑 one.
- Projects: works visited or decided as under way: a …产业园 一期 / 二期 / 三期 (and a named 产业园 / 示范园 visited) is
  ``industrial_park``; 安置房, 人才公寓, 易地扶贫搬迁安置点 (as aw, bj) and 加装电梯 ``housing_project``; 污水处理厂扩建, 供水保障,
  道路拓宽 ``infrastructure_project``; 生态治理 / 生态修复 / 湿地修复 / 碧道 / 岸线贯通 ``greening_project``; a 防洪提质工程
  ``engineering_work``; a 文化带提升工程, 康养小镇, 养老综合体, 海洋牧场示范区, 文旅综合体 ``project``. Not projects: ``园区企业服务
  中心``, ``镇防汛物资仓库``, generic 冷链物流配套, 民生实事.
- Places: one line per name per file, as written; places inside titles, organ references and project names count; site lines,
  mastheads, 来源 lines, ``发表于河北``, footers, related-article lists (相关链接, 相关新闻, 往期推荐, 本版其他文章, 本版标题导航) and
  captions' repeats are not annotated. Short forms written alone are places as written (ei): 延庆, 怀来, 浏阳, 海沧, 庄河, and the
  towns 杨和, 明城, 更合 (es06); 吴江 and 嘉善 (es03) likewise. ``京张`` and ``闽宁`` are abbreviations, no places; ``首都`` is no
  name. DECIDED HERE: the 长三角生态绿色一体化发展示范区 is a place (kind ``demonstration_zone``) and ``长三角`` a region; 长城 is a
  ``heritage_site`` (as bs's 龟兹古城).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

LS = "凉山彝族自治州"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "es01_yanqing.txt": (2021, "发布日期：2021-09-17 16:42", "延庆区", [
        ("晏启峰到延庆区调研冬奥场馆赛后利用和重点项目建设", "9月16日", "2021-09-16", "9月16日，副市长晏启峰",
         "北京 district site: a 副市长's 调研 with the 区委书记, 区长, 副区长 and the 区发展改革委主任 (常铭远)")]),
    "es02_huailai.txt": (2023, "2023-05-12 18:30", "怀来县", [
        ("鲍承岳调研京张协同重点项目和葡萄酒产业发展", "5月11日", "2023-05-11", "5月11日，县委书记鲍承岳",
         "county WeChat: the 县委书记's 调研 with the 挂职 县委常委、副县长 常铭远 (from 延庆)")]),
    "es03_qingpu.txt": (2023, "2023年2月16日　星期四", "青浦区", [
        ("庞鸿志调研长三角示范区先行启动区重点项目时强调", "2月15日", "2023-02-15", "本报讯（记者 沈语桐）2月15日",
         "district paper 第1版: the 区委书记's 调研 in 金泽镇 and 朱家角镇"),
        ("区人大常委会视察全区民生实事项目", "2月15日", "2023-02-15", "本报讯（记者 顾婷婷）2月15日",
         "district paper 第1版: the 区人大常委会 视察 of 民生实事 projects")]),
    "es04_yunyang.txt": (2022, "日期：2022-08-12", "云阳县", [
        ("县政府第23次常务会议召开", "8月11日", "2022-08-11", "8月11日，县委副书记",
         "重庆 county site: 县政府常务会议 (县委副书记、县政府县长 chair; 副县长 list incl. 邓永辉#1; 人大 / 政协 列席)")]),
    "es05_xide.txt": (2020, "2020年11月20日　星期五", "喜德县", [
        ("覃继光在喜德县督导脱贫攻坚普查和收官工作时强调", "11月19日", "2020-11-19", "本报讯（记者 阿西木呷 文/图）11月19日",
         "凉山日报 第01版: the 州委书记's 督导 in 喜德县; 州委常委、副州长; the 挂职 副县长 麦卓勋")]),
    "es06_gaoming.txt": (2023, "2023-04-21 09:12", "高明区", [
        ("高明区召开2023年重点项目建设推进会", "4月20日", "2023-04-20", "4月20日，高明区召开",
         "佛山 portal repost of 珠江时报: the district's 推进会; 麦卓勋 now 区委常委、副区长")]),
    "es07_liuyang.txt": (2024, "2024年03月08日　星期五", "浏阳市", [
        ("黄启林到浏阳经开区和镇头镇调研产业发展", "3月7日", "2024-03-07", "本报讯（记者 刘蔓青",
         "浏阳日报 第A01版: the new 代市长's first 调研 in 浏阳经开区 and 镇头镇")]),
    "es08_haicang.txt": (2022, "发布时间：2022-06-24 17:06", "海沧区", [
        ("林启航调研东孚片区重点项目建设和征拆安置工作", "6月23日", "2022-06-23", "6月23日，区委副书记",
         "厦门 district site: the 区长's 调研 with the 区发展和改革局局长 颜振坤")]),
    "es09_zhuanghe.txt": (2023, "2023-07-14 10:28:36", "庄河市", [
        ("宫少骞到任后首次调研聚焦海洋经济和乡村振兴", "7月13日", "2023-07-13", "7月13日，新任",
         "大连 portal (天健网): the 新任 市委书记's first 调研 in 青堆镇 and 黑岛镇; 镇党委书记 邓永辉#2")]),
    "es10_jingyuan.txt": (2024, "2024-06-20 19:05", "泾源县", [
        ("马守业调研闽宁协作项目建设和肉牛产业发展", "6月19日", "2024-06-19", "6月19日，县委书记马守业",
         "宁夏 county WeChat: the 县委书记's 调研 of 闽宁协作 projects with the 挂职 副县长 颜振坤 (from 海沧)")]),
}

_E01 = "区委书记柯文涛，区委副书记、区长郁振宁，副区长闫秀芝，区发展改革委主任常铭远陪同调研"
_E02 = "县委常委、副县长（挂职）常铭远，县委常委、县委办公室主任钟慧岚参加调研"
_E03 = "区委常委、副区长陆佩华，副区长钱志浩参加调研"
_E03B = "区人大常委会主任倪国良带队，副主任姚晓春、陈文慧参加视察"
_E04 = "县委常委、县政府常务副县长冉启睿，副县长邓永辉、牟晓岑、程显龙出席会议"
_E04L = "县人大常委会副主任汪德富，县政协副主席程晓燕列席会议"
_E05 = "州委常委、副州长吉克尔哈，州政府副秘书长宋明杰参加督导"
_E05X = "喜德县委书记杨天富，县委副书记、县长阿苦拉哈陪同"
_E06 = "区委常委、副区长麦卓勋通报一季度重点项目推进情况"
_E07 = "市委常委、常务副市长寻立军，市委常委、浏阳经开区党工委书记彭志远参加调研"
_E08 = "副区长吴晓鹭，区发展和改革局局长颜振坤，区建设与交通局局长郑国良陪同调研"
_E09 = "市委副书记、市长隋振堂，副市长初晓东陪同调研"
_E10 = "县委副书记、县长禹宏伟，县委常委、副县长（挂职）颜振坤陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 北京 延庆 (es01)
    "es:晏启峰": ("晏启峰", "external_official", "北京市", [
        ("es01", "北京市政府", "副市长", "9月16日，副市长晏启峰到延庆区调研", "bare 副市长 on a 北京 district site = 北京市's (cx); named in the headline too")], []),
    "es:柯文涛": ("柯文涛", "official", "延庆区", [
        ("es01", "延庆区委", "书记", _E01, None)], []),
    "es:郁振宁": ("郁振宁", "official", "延庆区", [
        ("es01", "延庆区委", "副书记", _E01, None),
        ("es01", "延庆区政府", "区长", _E01, None)], []),
    "es:闫秀芝": ("闫秀芝", "official", "延庆区", [
        ("es01", "延庆区政府", "副区长", _E01, None)], []),
    "es:常铭远": ("常铭远", "official", "延庆区", [
        ("es01", "延庆区发展改革委", "主任", _E01, "2021-09 (identity case: 挂职 怀来县委常委、副县长 in 2023, es02)"),
        ("es02", "怀来县委", "常委", _E02, "2023-05: 挂职 in 怀来 (京冀 互派); bare 县委 on the 怀来发布 account = 怀来县"),
        ("es02", "怀来县政府", "副县长", _E02, "title without （挂职） (au)")], []),
    "es:戴明川": ("戴明川", "official", "延庆区", [
        ("es01", "延庆区张山营镇党委", "书记", "在张山营镇，镇党委书记戴明川", None)], []),
    # ---- 河北 怀来 (es02)
    "es:鲍承岳": ("鲍承岳", "official", "怀来县", [
        ("es02", "怀来县委", "书记", "5月11日，县委书记鲍承岳深入东花园镇", "named in the headline too")], []),
    "es:钟慧岚": ("钟慧岚", "official", "怀来县", [
        ("es02", "怀来县委", "常委", _E02, None),
        ("es02", "怀来县委办公室", "主任", _E02, None)], []),
    "es:荆晓燕": ("荆晓燕", "official", "怀来县", [
        ("es02", "怀来县东花园镇党委", "书记", "东花园镇党委书记荆晓燕", None)], []),
    # ---- 上海 青浦 (es03)
    "es:庞鸿志": ("庞鸿志", "official", "青浦区", [
        ("es03", "青浦区委", "书记", "2月15日，区委书记庞鸿志赴金泽镇", "bare 区委 in the 青浦报 = 青浦区; named in the headline too")], []),
    "es:陆佩华": ("陆佩华", "official", "青浦区", [
        ("es03", "青浦区委", "常委", _E03, None),
        ("es03", "青浦区政府", "副区长", _E03, None)], []),
    "es:钱志浩": ("钱志浩", "official", "青浦区", [
        ("es03", "青浦区政府", "副区长", _E03, "article 1"),
        ("es03", "青浦区政府", "副区长", "副区长钱志浩陪同", "article 2: one line per post per article")], []),
    "es:沈晓峰": ("沈晓峰", "official", "青浦区", [
        ("es03", "青浦区金泽镇党委", "书记", "在金泽镇，镇党委书记沈晓峰", None)], []),
    "es:顾敏": ("顾敏", "official", "青浦区", [
        ("es03", "青浦区朱家角镇政府", "镇长", "在朱家角镇，镇长顾敏", "镇长 → the town's 政府")], []),
    "es:倪国良": ("倪国良", "official", "青浦区", [
        ("es03", "青浦区人大常委会", "主任", _E03B, None)], []),
    "es:姚晓春": ("姚晓春", "official", "青浦区", [
        ("es03", "青浦区人大常委会", "副主任", _E03B, "list after one title")], []),
    "es:陈文慧": ("陈文慧", "official", "青浦区", [
        ("es03", "青浦区人大常委会", "副主任", _E03B, "list after one title")], []),
    # ---- 重庆 云阳 (es04)
    "es:谢文渊": ("谢文渊", "official", "云阳县", [
        ("es04", "云阳县委", "副书记", "县委副书记、县政府县长谢文渊主持召开", None),
        ("es04", "云阳县政府", "县长", "县委副书记、县政府县长谢文渊主持召开", "DECIDED HERE: 县政府县长 → org 云阳县政府, title 县长")], []),
    "es:冉启睿": ("冉启睿", "official", "云阳县", [
        ("es04", "云阳县委", "常委", _E04, None),
        ("es04", "云阳县政府", "常务副县长", _E04, "县政府常务副县长 → 云阳县政府 常务副县长")], []),
    "es:邓永辉#1": ("邓永辉", "official", "云阳县", [
        ("es04", "云阳县政府", "副县长", _E04, "重庆 云阳, 2022-08; not the 邓永辉 of 庄河 (es09); list after one title")], []),
    "es:牟晓岑": ("牟晓岑", "official", "云阳县", [
        ("es04", "云阳县政府", "副县长", _E04, "list after one title")], []),
    "es:程显龙": ("程显龙", "official", "云阳县", [
        ("es04", "云阳县政府", "副县长", _E04, "list after one title")], []),
    "es:汪德富": ("汪德富", "official", "云阳县", [
        ("es04", "云阳县人大常委会", "副主任", _E04L, None)], []),
    "es:程晓燕": ("程晓燕", "official", "云阳县", [
        ("es04", "云阳县政协", "副主席", _E04L, None)], []),
    # ---- 四川 凉山 喜德 (es05)
    "es:覃继光": ("覃继光", "external_official", LS, [
        ("es05", f"{LS}委", "书记", "11月19日，州委书记覃继光到喜德县督导", "bare 州委 in the 凉山日报 = 凉山彝族自治州委; named in the headline too")], []),
    "es:吉克尔哈": ("吉克尔哈", "external_official", LS, [
        ("es05", f"{LS}委", "常委", _E05, None),
        ("es05", f"{LS}政府", "副州长", _E05, None)], []),
    "es:宋明杰": ("宋明杰", "external_official", LS, [
        ("es05", f"{LS}政府", "副秘书长", _E05, None)], []),
    "es:杨天富": ("杨天富", "official", "喜德县", [
        ("es05", "喜德县委", "书记", _E05X, None)], []),
    "es:阿苦拉哈": ("阿苦拉哈", "official", "喜德县", [
        ("es05", "喜德县委", "副书记", _E05X, "bare chain right after 喜德县委书记"),
        ("es05", "喜德县政府", "县长", _E05X, None)], []),
    "es:麦卓勋": ("麦卓勋", "official", "高明区", [
        ("es05", "喜德县委", "常委", "县委常委、副县长（挂职）麦卓勋", "2020-11: 挂职 in 喜德 (identity case: 高明区委常委、副区长 in 2023, es06)"),
        ("es05", "喜德县政府", "副县长", "县委常委、副县长（挂职）麦卓勋", "title without （挂职） (au)"),
        ("es06", "高明区委", "常委", _E06, "2023-04: back in 广东"),
        ("es06", "高明区政府", "副区长", _E06, None)], []),
    # ---- 广东 高明 (es06)
    "es:黎耀坤": ("黎耀坤", "official", "高明区", [
        ("es06", "高明区委", "书记", "区委书记黎耀坤出席并讲话", None)], []),
    "es:梁锦添": ("梁锦添", "official", "高明区", [
        ("es06", "高明区委", "副书记", "区委副书记、区长梁锦添主持会议", None),
        ("es06", "高明区政府", "区长", "区委副书记、区长梁锦添主持会议", None)], []),
    "es:陈卓鸿": ("陈卓鸿", "official", "高明区", [
        ("es06", "高明区杨和镇党委", "书记", "杨和镇党委书记陈卓鸿", None)], []),
    "es:罗美玲": ("罗美玲", "official", "高明区", [
        ("es06", "高明区荷城街道党工委", "书记", "荷城街道党工委书记罗美玲", "the street's 党工委")], []),
    # ---- 湖南 浏阳 (es07)
    "es:黄启林": ("黄启林", "official", "浏阳市", [
        ("es07", "浏阳市委", "副书记", "3月7日，市委副书记、代市长黄启林到浏阳经开区", "DECIDED HERE: bare 市委 in the 浏阳日报 = 浏阳市委; new in post (履新后首次)"),
        ("es07", "浏阳市政府", "代市长", "3月7日，市委副书记、代市长黄启林到浏阳经开区", "as written (ab's 代县长)")], []),
    "es:寻立军": ("寻立军", "official", "浏阳市", [
        ("es07", "浏阳市委", "常委", _E07, None),
        ("es07", "浏阳市政府", "常务副市长", _E07, None)], []),
    "es:彭志远": ("彭志远", "official", "浏阳市", [
        ("es07", "浏阳市委", "常委", _E07, None),
        ("es07", "浏阳经开区党工委", "书记", _E07, "zone label: 浏阳 + 经开区")], []),
    "es:曾海涛": ("曾海涛", "official", "浏阳市", [
        ("es07", "浏阳经开区管委会", "主任", "经开区管委会主任曾海涛", "bare 经开区 on the 浏阳 paper = 浏阳经开区")], []),
    "es:罗雪芬": ("罗雪芬", "official", "浏阳市", [
        ("es07", "浏阳市镇头镇党委", "书记", "镇党委书记罗雪芬", "after 在镇头镇")], []),
    # ---- 福建 海沧 (es08)
    "es:林启航": ("林启航", "official", "海沧区", [
        ("es08", "海沧区委", "副书记", "6月23日，区委副书记、区长林启航带队调研", "named in the headline too"),
        ("es08", "海沧区政府", "区长", "6月23日，区委副书记、区长林启航带队调研", None)], []),
    "es:吴晓鹭": ("吴晓鹭", "official", "海沧区", [
        ("es08", "海沧区政府", "副区长", _E08, None)], []),
    "es:颜振坤": ("颜振坤", "official", "海沧区", [
        ("es08", "海沧区发展和改革局", "局长", _E08, "2022-06 (identity case: 挂职 泾源县委常委、副县长 in 2024, es10)"),
        ("es10", "泾源县委", "常委", _E10, "2024-06: 闽宁协作 挂职 in 泾源 (the page names 海沧区 as the paired district)"),
        ("es10", "泾源县政府", "副县长", _E10, "title without （挂职） (au)")], []),
    "es:郑国良": ("郑国良", "official", "海沧区", [
        ("es08", "海沧区建设与交通局", "局长", _E08, None)], []),
    "es:陈丽芬": ("陈丽芬", "official", "海沧区", [
        ("es08", "海沧区东孚街道党工委", "书记", "东孚街道党工委书记陈丽芬", None)], []),
    # ---- 辽宁 庄河 (es09)
    "es:宫少骞": ("宫少骞", "official", "庄河市", [
        ("es09", "庄河市委", "书记", "7月13日，新任庄河市委书记宫少骞", "新任 is no part of the title; named in the headline too")], []),
    "es:隋振堂": ("隋振堂", "official", "庄河市", [
        ("es09", "庄河市委", "副书记", _E09, None),
        ("es09", "庄河市政府", "市长", _E09, None)], []),
    "es:初晓东": ("初晓东", "official", "庄河市", [
        ("es09", "庄河市政府", "副市长", _E09, "bare 副市长 on the 庄河 page = 庄河市's (not 大连's)")], []),
    "es:邓永辉#2": ("邓永辉", "official", "庄河市", [
        ("es09", "庄河市青堆镇党委", "书记", "镇党委书记邓永辉", "辽宁 庄河, 2023-07; not the 邓永辉 of 云阳 (es04)")], []),
    "es:于春梅": ("于春梅", "official", "庄河市", [
        ("es09", "庄河市黑岛镇政府", "镇长", "在黑岛镇，镇长于春梅", None)], []),
    # ---- 宁夏 泾源 (es10)
    "es:马守业": ("马守业", "official", "泾源县", [
        ("es10", "泾源县委", "书记", "6月19日，县委书记马守业深入泾河源镇", "bare 县委 on the 泾源发布 account = 泾源县; named in the headline too")], []),
    "es:禹宏伟": ("禹宏伟", "official", "泾源县", [
        ("es10", "泾源县委", "副书记", _E10, None),
        ("es10", "泾源县政府", "县长", _E10, None)], []),
    "es:海秀琴": ("海秀琴", "official", "泾源县", [
        ("es10", "泾源县泾河源镇党委", "书记", "泾河源镇党委书记海秀琴", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("es01", "吕思含", "责任编辑", "editor", "责任编辑：吕思含"),
    ("es02", "孔令菡", "记者", "reporter", "记者：孔令菡"),
    ("es02", "曹雨桐", "编辑", "editor", "编辑：曹雨桐"),
    ("es02", "尚景和", "审核", "editor", "审核：尚景和"),
    ("es03", "沈语桐", "记者", "reporter", "本报讯（记者 沈语桐）"),
    ("es03", "顾婷婷", "记者", "reporter", "本报讯（记者 顾婷婷）"),
    ("es04", "谭小川", "责任编辑", "editor", "责任编辑：谭小川"),
    ("es05", "阿西木呷", "记者", "reporter", "本报讯（记者 阿西木呷 文/图）"),
    ("es05", "苏小华", "编辑", "editor", "编辑：苏小华"),
    ("es06", "梁颖姿", "记者", "reporter", "作者：记者 梁颖姿"),
    ("es06", "何靖雯", "责任编辑", "editor", "责任编辑：何靖雯"),
    ("es07", "刘蔓青", "记者", "reporter", "本报讯（记者 刘蔓青 通讯员 罗浩宇）"),
    ("es07", "罗浩宇", "通讯员", "correspondent", "本报讯（记者 刘蔓青 通讯员 罗浩宇）"),
    ("es07", "钟晓岚", "责任编辑", "editor", "责任编辑：钟晓岚"),
    ("es09", "周晓冬", "责任编辑", "editor", "[责任编辑：周晓冬]"),
    ("es10", "兰慧敏", "记者", "reporter", "记者：兰慧敏"),
    ("es10", "马晓婷", "编辑", "editor", "编辑：马晓婷"),
    ("es10", "杨振川", "审核", "editor", "审核：杨振川"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("es01", "冬奥场馆赛后利用、冰雪产业发展和重点项目建设调研", "inspection (调研)", "9月16日", None, "晏启峰", [],
     ["柯文涛", "郁振宁", "闫秀芝", "常铭远"], ["戴明川", "常铭远", "晏启峰", "柯文涛"], "延庆区",
     "9月16日，副市长晏启峰到延庆区调研冬奥场馆赛后利用、冰雪产业发展和重点项目建设工作",
     ["副市长晏启峰到延庆区调研", _E01, "镇党委书记戴明川介绍了", "常铭远汇报了", "晏启峰指出", "柯文涛表示"]),
    ("es02", "京张协同重点项目建设和葡萄酒产业发展调研", "inspection (调研)", "5月11日", None, "鲍承岳", [],
     ["常铭远", "钟慧岚"], ["荆晓燕", "常铭远", "鲍承岳"], "东花园镇、沙城镇",
     "5月11日，县委书记鲍承岳深入东花园镇、沙城镇，调研京张协同重点项目建设和葡萄酒产业发展情况",
     ["县委书记鲍承岳深入东花园镇、沙城镇", _E02, "东花园镇党委书记荆晓燕汇报了", "常铭远介绍了", "鲍承岳强调"]),
    ("es03", "长三角示范区先行启动区重点项目调研", "inspection (调研)", "2月15日", None, "庞鸿志", [],
     ["陆佩华", "钱志浩"], ["沈晓峰", "顾敏", "庞鸿志", "陆佩华"], "金泽镇、朱家角镇",
     "2月15日，区委书记庞鸿志赴金泽镇、朱家角镇调研长三角生态绿色一体化发展示范区先行启动区重点项目推进情况",
     ["区委书记庞鸿志赴金泽镇、朱家角镇调研", _E03, "镇党委书记沈晓峰汇报了", "镇长顾敏介绍了", "庞鸿志指出",
      "陆佩华就项目审批提速和要素保障作了具体安排"]),
    ("es03", "全区民生实事项目视察", "inspection (人大代表视察)", "2月15日", None, "倪国良", ["青浦区人大常委会"],
     ["姚晓春", "陈文慧", "钱志浩"], ["倪国良", "钱志浩"], "夏阳街道、盈浦街道",
     "2月15日，区人大常委会组织部分区人大代表视察全区民生实事项目推进情况",
     [_E03B, "副区长钱志浩陪同", "倪国良指出", "钱志浩表示"]),
    ("es04", "县政府第23次常务会议", "meeting (县政府常务会议)", "8月11日", "谢文渊", None, [],
     ["冉启睿", "邓永辉", "牟晓岑", "程显龙", "汪德富", "程晓燕"], ["谢文渊", "冉启睿", "邓永辉"], None,
     "县委副书记、县政府县长谢文渊主持召开县政府第23次常务会议",
     ["县政府县长谢文渊主持召开", _E04, _E04L, "谢文渊强调", "冉启睿就下半年招商引资和项目储备作了安排",
      "邓永辉就防汛抗旱和地质灾害防治工作提出具体要求"]),
    ("es05", "喜德县脱贫攻坚普查和收官工作督导", "inspection (督导)", "11月19日", None, "覃继光", [],
     ["吉克尔哈", "宋明杰", "杨天富", "阿苦拉哈"], ["阿苦拉哈", "麦卓勋", "覃继光", "吉克尔哈", "杨天富"], "喜德县",
     "11月19日，州委书记覃继光到喜德县督导脱贫攻坚普查和收官工作",
     ["州委书记覃继光到喜德县督导", _E05, _E05X, "阿苦拉哈汇报了", "麦卓勋介绍了", "覃继光指出", "吉克尔哈要求", "杨天富表示"]),
    ("es06", "2023年重点项目建设推进会", "meeting (推进会)", "4月20日", "梁锦添", None, ["高明区"],
     ["黎耀坤"], ["麦卓勋", "陈卓鸿", "罗美玲", "黎耀坤", "梁锦添"], None,
     "4月20日，高明区召开2023年重点项目建设推进会",
     ["区委书记黎耀坤出席并讲话", "区长梁锦添主持会议", _E06, "杨和镇党委书记陈卓鸿、荷城街道党工委书记罗美玲分别作表态发言",
      "黎耀坤强调", "梁锦添要求"]),
    ("es07", "浏阳经开区、镇头镇产业发展和重点项目建设调研", "inspection (调研)", "3月7日", None, "黄启林", [],
     ["寻立军", "彭志远"], ["彭志远", "曾海涛", "罗雪芬", "黄启林", "寻立军"], "浏阳经开区、镇头镇",
     "3月7日，市委副书记、代市长黄启林到浏阳经开区、镇头镇调研产业发展和重点项目建设",
     ["代市长黄启林到浏阳经开区、镇头镇调研", _E07, "彭志远汇报了", "经开区管委会主任曾海涛介绍了", "镇党委书记罗雪芬汇报了",
      "黄启林指出", "寻立军就一季度“开门红”和项目要素保障作了安排"]),
    ("es08", "东孚片区重点项目建设和征拆安置工作调研", "inspection (调研)", "6月23日", None, "林启航", [],
     ["吴晓鹭", "颜振坤", "郑国良"], ["陈丽芬", "颜振坤", "郑国良", "林启航", "吴晓鹭"], "东孚片区",
     "6月23日，区委副书记、区长林启航带队调研东孚片区重点项目建设和征拆安置工作",
     ["区长林启航带队调研东孚片区", _E08, "东孚街道党工委书记陈丽芬汇报了", "颜振坤汇报了", "郑国良介绍了", "林启航强调",
      "吴晓鹭就安置房分房方案和交房前准备工作提出要求"]),
    ("es09", "海洋经济发展、乡村振兴和防汛工作调研", "inspection (调研)", "7月13日", None, "宫少骞", [],
     ["隋振堂", "初晓东"], ["邓永辉", "于春梅", "宫少骞", "隋振堂"], "青堆镇、黑岛镇",
     "7月13日，新任庄河市委书记宫少骞到青堆镇、黑岛镇调研海洋经济发展、乡村振兴和防汛工作",
     ["新任庄河市委书记宫少骞到青堆镇、黑岛镇调研", _E09, "镇党委书记邓永辉汇报了", "镇长于春梅介绍了", "宫少骞强调", "隋振堂表示"]),
    ("es10", "闽宁协作项目建设和肉牛产业发展调研", "inspection (调研)", "6月19日", None, "马守业", [],
     ["禹宏伟", "颜振坤"], ["颜振坤", "海秀琴", "禹宏伟", "马守业"], "泾河源镇、香水镇",
     "6月19日，县委书记马守业深入泾河源镇、香水镇，调研闽宁协作项目建设和肉牛产业发展情况",
     ["县委书记马守业深入泾河源镇、香水镇", _E10, "颜振坤介绍了", "泾河源镇党委书记海秀琴汇报了", "禹宏伟汇报了", "马守业强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("es01", "张山营镇冰雪装备产业园一期", "industrial_park", "先后来到张山营镇冰雪装备产业园一期"),
    ("es01", "八达岭镇长城文化带提升工程", "project", "八达岭镇长城文化带提升工程"),
    ("es01", "妫水河生态治理二期工程", "greening_project", "妫水河生态治理二期工程现场"),
    ("es02", "东花园镇京张协同产业园二期", "industrial_park", "在东花园镇京张协同产业园二期施工现场，鲍承岳"),
    ("es02", "怀来县葡萄酒产业示范园", "industrial_park", "来到怀来县葡萄酒产业示范园"),
    ("es02", "官厅水库怀来段湿地修复工程", "greening_project", "怀来县葡萄酒产业示范园和官厅水库怀来段湿地修复工程"),
    ("es03", "金泽镇科创配套人才公寓二期", "housing_project", "金泽镇科创配套人才公寓二期"),
    ("es03", "淀山湖东岸生态修复工程", "greening_project", "淀山湖东岸生态修复工程"),
    ("es03", "朱家角镇淀山湖岸线贯通三期工程", "greening_project", "朱家角镇淀山湖岸线贯通三期工程现场"),
    ("es03", "夏阳街道社区养老综合体", "project", "夏阳街道社区养老综合体"),
    ("es03", "盈浦街道老旧小区加装电梯项目", "housing_project", "盈浦街道老旧小区加装电梯项目现场"),
    ("es04", "云阳县江口镇污水处理厂扩建工程", "infrastructure_project", "云阳县江口镇污水处理厂扩建工程实施方案"),
    ("es04", "盘龙街道滨江安置房三期建设项目", "housing_project", "盘龙街道滨江安置房三期建设项目有关事项"),
    ("es05", "光明镇易地扶贫搬迁安置点", "housing_project", "先后来到光明镇易地扶贫搬迁安置点"),
    ("es05", "冕山镇高山蔬菜产业园", "industrial_park", "冕山镇高山蔬菜产业园"),
    ("es05", "喜德县城北片区供水保障工程", "infrastructure_project", "喜德县城北片区供水保障工程现场"),
    ("es06", "杨和镇新材料产业园二期", "industrial_park", "先后来到杨和镇新材料产业园二期"),
    ("es06", "明城镇生态康养小镇项目", "project", "明城镇生态康养小镇项目"),
    ("es06", "西江新城滨江碧道工程", "greening_project", "西江新城滨江碧道工程现场"),
    ("es07", "浏阳经开区电子信息产业园三期", "industrial_park", "浏阳经开区电子信息产业园三期施工现场"),
    ("es07", "镇头镇新材料产业园一期", "industrial_park", "镇头镇新材料产业园一期"),
    ("es07", "浏阳河镇头段防洪提质工程", "engineering_work", "浏阳河镇头段防洪提质工程"),
    ("es08", "东孚街道生物医药产业园二期", "industrial_park", "先后来到东孚街道生物医药产业园二期"),
    ("es08", "马銮湾新城安置房三期", "housing_project", "马銮湾新城安置房三期"),
    ("es08", "东孚大道拓宽改造工程", "infrastructure_project", "东孚大道拓宽改造工程现场"),
    ("es09", "青堆子湾贝类精深加工产业园", "industrial_park", "青堆子湾贝类精深加工产业园"),
    ("es09", "黑岛镇海洋牧场示范区建设项目", "project", "黑岛镇海洋牧场示范区建设项目"),
    ("es10", "泾源县闽宁协作肉牛产业园二期", "industrial_park", "在泾源县闽宁协作肉牛产业园二期，马守业"),
    ("es10", "香水镇闽宁协作文旅综合体项目", "project", "香水镇闽宁协作文旅综合体项目施工现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("es01", "延庆区", "district", "standalone", "到延庆区调研冬奥场馆赛后利用"),
    ("es01", "延庆", "district", "standalone", "延庆是冬奥会三大赛区之一"),
    ("es01", "张山营镇", "town", "standalone", "在张山营镇，镇党委书记戴明川"),
    ("es01", "八达岭镇", "town", "in_project_name", "八达岭镇长城文化带提升工程"),
    ("es01", "长城", "heritage_site", "standalone", "把妫水河治理和长城保护结合起来"),
    ("es01", "妫水河", "river", "standalone", "把妫水河治理和长城保护结合起来"),
    ("es02", "东花园镇", "town", "standalone", "深入东花园镇、沙城镇"),
    ("es02", "沙城镇", "town", "standalone", "深入东花园镇、沙城镇"),
    ("es02", "北京", "municipality", "standalone", "承接北京产业转移项目"),
    ("es02", "延庆", "district", "standalone", "延庆、怀来两地"),
    ("es02", "怀来", "county", "standalone", "延庆、怀来两地"),
    ("es02", "怀来县", "county", "in_project_name", "来到怀来县葡萄酒产业示范园"),
    ("es02", "官厅水库", "reservoir", "standalone", "要守护好官厅水库这一首都重要水源"),
    ("es03", "长三角", "region", "standalone", "庞鸿志调研长三角示范区先行启动区重点项目时强调"),
    ("es03", "长三角生态绿色一体化发展示范区", "demonstration_zone", "standalone", "调研长三角生态绿色一体化发展示范区先行启动区重点项目推进情况"),
    ("es03", "金泽镇", "town", "standalone", "赴金泽镇、朱家角镇调研"),
    ("es03", "朱家角镇", "town", "standalone", "赴金泽镇、朱家角镇调研"),
    ("es03", "淀山湖", "lake", "standalone", "要坚持生态优先，把淀山湖保护和岸线贯通统筹起来"),
    ("es03", "吴江", "district", "standalone", "主动与吴江、嘉善对接"),
    ("es03", "嘉善", "county", "standalone", "主动与吴江、嘉善对接"),
    ("es03", "夏阳街道", "sub_district_office", "in_project_name", "夏阳街道社区养老综合体"),
    ("es03", "盈浦街道", "sub_district_office", "in_project_name", "盈浦街道老旧小区加装电梯项目现场"),
    ("es04", "云阳县", "county", "in_project_name", "云阳县江口镇污水处理厂扩建工程实施方案"),
    ("es04", "江口镇", "town", "in_project_name", "云阳县江口镇污水处理厂扩建工程实施方案"),
    ("es04", "盘龙街道", "sub_district_office", "in_project_name", "盘龙街道滨江安置房三期建设项目有关事项"),
    ("es04", "长江", "river", "standalone", "长江干流和澎溪河沿岸乡镇"),
    ("es04", "澎溪河", "river", "standalone", "长江干流和澎溪河沿岸乡镇"),
    ("es05", "喜德县", "county", "standalone", "到喜德县督导脱贫攻坚普查和收官工作"),
    ("es05", "光明镇", "town", "standalone", "在光明镇安置点"),
    ("es05", "冕山镇", "town", "standalone", "在冕山镇，县委常委"),
    ("es05", "城北片区", "area", "in_project_name", "喜德县城北片区供水保障工程现场"),
    ("es06", "高明区", "district", "standalone", "4月20日，高明区召开"),
    ("es06", "杨和镇", "town", "in_project_name", "先后来到杨和镇新材料产业园二期"),
    ("es06", "明城镇", "town", "in_project_name", "明城镇生态康养小镇项目"),
    ("es06", "西江新城", "area", "standalone", "推动西江新城建设与荷城街道城市更新联动发展"),
    ("es06", "荷城街道", "sub_district_office", "standalone", "推动西江新城建设与荷城街道城市更新联动发展"),
    ("es06", "杨和", "town", "standalone", "要把杨和、明城、更合的产业平台连起来"),
    ("es06", "明城", "town", "standalone", "要把杨和、明城、更合的产业平台连起来"),
    ("es06", "更合", "town", "standalone", "要把杨和、明城、更合的产业平台连起来"),
    ("es07", "浏阳经开区", "development_zone", "standalone", "到浏阳经开区、镇头镇调研"),
    ("es07", "经开区", "development_zone", "in_org_reference", "经开区管委会主任曾海涛"),
    ("es07", "镇头镇", "town", "standalone", "到浏阳经开区、镇头镇调研"),
    ("es07", "浏阳河", "river", "in_project_name", "浏阳河镇头段防洪提质工程"),
    ("es07", "浏阳", "county_level_city", "standalone", "产业是浏阳发展的根基"),
    ("es08", "东孚片区", "area", "standalone", "调研东孚片区重点项目建设和征拆安置工作"),
    ("es08", "东孚街道", "sub_district_office", "in_project_name", "先后来到东孚街道生物医药产业园二期"),
    ("es08", "马銮湾新城", "area", "in_project_name", "马銮湾新城安置房三期"),
    ("es08", "东孚大道", "road", "in_project_name", "东孚大道拓宽改造工程现场"),
    ("es08", "海沧", "district", "standalone", "东孚片区是海沧跨岛发展的主阵地"),
    ("es09", "庄河市", "county_level_city", "in_org_reference", "新任庄河市委书记宫少骞"),
    ("es09", "庄河", "county_level_city", "standalone", "庄河海岸线长"),
    ("es09", "青堆镇", "town", "standalone", "到青堆镇、黑岛镇调研"),
    ("es09", "黑岛镇", "town", "standalone", "到青堆镇、黑岛镇调研"),
    ("es09", "青堆子湾", "bay", "in_project_name", "青堆子湾贝类精深加工产业园"),
    ("es10", "泾河源镇", "town", "standalone", "深入泾河源镇、香水镇"),
    ("es10", "香水镇", "town", "standalone", "深入泾河源镇、香水镇"),
    ("es10", "泾源县", "county", "in_project_name", "在泾源县闽宁协作肉牛产业园二期，马守业"),
    ("es10", "海沧区", "district", "standalone", "颜振坤介绍了海沧区今年安排的协作资金"),
    ("es10", "福建", "province", "standalone", "用好东西部协作资金和福建的市场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="es", conventions="set es (blind set: held-out-like mix, sixth round — ten pages from ten regions: 北京 延庆区 (district site: a 副市长's 调研; bare 副市长 = 北京市政府), 河北 怀来县 (WeChat: 县委书记's 调研 with a 挂职 北京 cadre), 上海 青浦区 (青浦报 第1版, two articles: 区委书记's 调研 and a 区人大常委会 视察), 重庆 云阳县 (county site: 县政府常务会议; 县委副书记、县政府县长 → 云阳县政府 县长), 四川 凉山 喜德县 (凉山日报: 州委书记's 督导; 州委 → 凉山彝族自治州委), 广东 佛山 高明区 (portal repost of 珠江时报: 推进会), 湖南 浏阳市 (浏阳日报: a new 代市长's first 调研; bare 市委 = 浏阳市委; 浏阳经开区), 福建 厦门 海沧区 (district site: 区长's 调研), 辽宁 大连 庄河市 (天健网: a 新任 市委书记's first 调研), 宁夏 固原 泾源县 (WeChat: 闽宁协作 调研 with a 挂职 福建 cadre); 挂职 posts are holdings of the host organs, title without （挂职）; towns take their county / district label; one line per post per article; short place forms written alone are places)",
          persons_note="Set es persons. id = corpus-wide person_id (es:邓永辉#1 of 云阳县 (重庆, 副县长) and es:邓永辉#2 of 庄河市 (辽宁, 青堆镇党委书记) are two people; es:常铭远 延庆区发展改革委主任 2021 → 怀来县委常委、副县长（挂职） 2023; es:麦卓勋 喜德县委常委、副县长（挂职） 2020 → 高明区委常委、副区长 2023; es:颜振坤 海沧区发展和改革局局长 2022 → 泾源县委常委、副县长（挂职） 2024; es:宫少骞 新任 庄河市委书记 and es:黄启林 浏阳 代市长 on their first 调研)")


if __name__ == "__main__":
    main()
