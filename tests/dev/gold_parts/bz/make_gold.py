"""Write gold part ``bz`` (a blind set: 街道 and district pages of big cities, with district names several cities
share) from the tables below.

Pages ``tests/dev/texts/bz*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 钟楼区 site's 基层信息 > 南大街街道 page (``副区长…、区民政局局长…、
南大街街道党工委书记…陪同视察``, ``金色新城社区党委书记…带…参观``); a 株洲 荷塘区 page (``街道党工委书记…、办事处主任…等领导
陪同``); a 宣化区 天泰寺街街道 page (``街道党工委书记…、办事处主任…等班子成员…汇报``, ``听取了社区书记…的汇报``); a 南京
雨花台区 西善桥街道人大工委 page (``街道人大工委主任…走访…人大代表``); a 常州 天宁区 青龙街道 page (``街道党工委副书记、人大
工委主任…主持``); a 城中街道人大工委 代表集中活动日 page; a 利川 解放街道 WeChat-style page ending ``来源 街道人大工委 编辑 …
预览时标签不可点 … 上一篇下一篇``; the 南昌市西湖区 site (``您现在所在的位置: 首页>走进西湖>西湖大事记 分享到: 发布时间: 来源:
作者: 浏览量: 字体【 】``, ``区委副书记、区政府区长…主持``); a 南昌 TV page of a 市委副书记 in 西湖区 (``区委书记…、区委副书记…
全程陪同``, ``责任编辑: 阅读 点赞 评论``); the 兰州日报 page on 城关区 团结新村街道 (``2020年11月13日 上一篇 下一篇 … 兰州日报社
全媒体记者``); a 舟山 普陀 paper's 第01版 (``本报讯(记者 …)昨天下午，区委书记…``); a 武昌 美篇 page (``南湖街道党工委书记…、办事处
主任…、党工委副书记…陪同检查``, ``社区党委书记``); a 沈阳 沈河 北站街道 page (``各社区党委书记、副书记参加``); a 福州 晋安
发布会 page (``茶园街道党工委副书记、办事处主任…``); a 西安 莲湖 西关街道 page (``西关街道班子成员全程陪同``); a 南都 page on
the 粤海街道党工委书记; a 杭州 西湖区 西溪街道 公开 page (``发布单位: 西溪街道``). Places are real: 广州 天河区 (沙河、冼村 街道)
and 越秀区 (北京街道), 深圳 南山区 (沙河街道) and 福田区 (福田、华强北 街道), 杭州 西湖区 (北山、灵隐 街道) and 拱墅区 (米市巷、
湖墅 街道), 南昌 西湖区 (系马桩、朝阳洲 街道), 成都 锦江区 (沙河街道), 兰州 城关区 (白银路、皋兰路 街道), 福州 鼓楼区 (鼓东街道)
and 南京 鼓楼区 (湖南路、宁海路 街道).

Shapes: a district government site's 街道动态 page of the 区长's 调研 in two streets, with both streets' 党工委书记 and
办事处主任, a named community's ``社区党委书记、居委会主任`` and an unnamed ``社区书记`` (bz01); a 街道's own WeChat page
(``原创 … 2023年06月12日 18:30 发布于：广东``, ``预览时标签不可点 阅读原文 阅读 1862 在看 27``) of its 人大工委's 代表视察
with the 区人大常委会副主任, the 街道党工委副书记、人大工委主任 and a 座谈会 (bz02); a 深圳 district site's 街道动态 (深圳
chrome, ``浏览次数：-``) of the 区长's 调研 (bz03); the 深圳特区报 第A07版：区域新闻 with 引题 + 主题 and a 本版导航 (bz04); a
district 融媒体中心 page (``西湖之声``; 记者 / 通讯员 / 编辑 / 审核) of the 区委书记's 调研 (bz05); a 杭州 district site of
the 区长's 检查 (bz06); the 南昌市西湖区 site (its bullet stamp lines) of the 区委书记's 调研 (bz07); a 成都 district site's
page of a 区人大常委会 视察 with the 街道人大工委主任 and a deputy who is a lawyer (bz08); the 兰州日报 第05版：区县新闻
(bz09); a 福州 district site's page of its 党政代表团 visiting the 鼓楼区 of 南京 (both 鼓楼区委 on one page) (bz10).

Identity cases:
- bz:梁展鹏 moves between districts of 广州: 天河区冼村街道党工委副书记、办事处主任 (bz01, June 2021) → 越秀区北京街道
  党工委书记 (bz02, June 2023; bare 街道 on the street's own WeChat page).
- bz:钟立恒 moves between districts of 深圳: 南山区沙河街道党工委副书记、办事处主任 (bz03, March 2022) → 福田区福田街道
  党工委书记 (bz04, May 2024).
- bz:盛卫东 moves between districts of 杭州: 拱墅区委副书记、区长 (bz06, July 2021) → 西湖区委书记 (bz05, Aug 2023).
- two different 彭立川: bz:彭立川#1 is 南昌市西湖区朝阳洲街道党工委副书记、办事处主任 (江西, bz07, 2022); bz:彭立川#2 is
  兰州市城关区委常委、副区长 (甘肃, bz09, 2024).
- one organ name in several places: ``沙河街道党工委`` is 天河区's (广州, bz01), 南山区's (深圳, bz03) and 锦江区's (成都,
  bz08) — three real streets; ``区委书记`` of a ``西湖区`` is 杭州's in bz05 and 南昌's in bz07 (the two file names are both
  ``_xihu``); ``鼓楼区委`` is 福州's and 南京's on the same page (bz10); bare ``区人大常委会副主任`` is 越秀区's (bz02) and
  锦江区's (bz08).
- district names several cities share, so the city must be known: 西湖区 (杭州, 南昌), 鼓楼区 (福州, 南京), 城关区 (兰州),
  南山区 (深圳; 鹤岗 has one too).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts ba, af, bs where they speak; decided here where they are silent):
- Shared district names take their city (CONVENTIONS, as af's ``福州市鼓楼区``, ``徐州市鼓楼区``): ``杭州市西湖区``,
  ``南昌市西湖区``, ``福州市鼓楼区``, ``南京市鼓楼区``, ``兰州市城关区``. DECIDED HERE: ``南山区`` is shared too (深圳 and
  黑龙江 鹤岗), so ``深圳市南山区``. 天河区, 越秀区, 福田区, 拱墅区, 锦江区 are single: no prefix.
- Street organs as ba: ``<district label><street>`` + 党工委 (书记 / 副书记) / 办事处 (主任) / 人大工委 (主任):
  ``街道党工委副书记、人大工委主任曾慧娴`` → 越秀区北京街道党工委 副书记 + 越秀区北京街道人大工委 主任 (as the corpus's
  金安区三里桥街道人大工委, 芝罘区向阳街道人大工委). ``办事处主任`` after a named street's 党工委书记 is that street's.
  A bare ``街道`` takes the street the sentence or page is about: the street's own page (bz02 北京街道, bz03 沙河街道, bz08
  沙河街道), or ``在湖南路街道，街道党工委书记…`` (bz10).
- Communities as ba: a named community's ``社区党委书记`` / ``居委会主任`` is a post of ``<district><street><community>党委``
  / ``…居委会`` (何丽珊, 黄佩琼, 蒋慧芬, 胡晓燕); the street is the one the page places the community in. DECIDED HERE: the
  brief's "社区党委书记 (no post)" is read as CONVENTIONS' rule for a community organ with no name: the unnamed
  ``社区书记`` (bz01, bz07: no person) and ``社区党委书记代表刘婉仪`` (bz02: no community named) are no post; 刘婉仪 is a
  person without a post.
- ``区人大常委会副主任`` → ``<district>人大常委会`` 副主任. ``区人大代表`` is no post (CONVENTIONS: 代表); DECIDED HERE: a
  company's 总经理 and a law firm's 主任 (``四川锦诚律师事务所主任``) are no posts (company roles) — 叶文杰 and 何雨霏 are
  persons without posts (type ``deputy``).
- ``区委常委、组织部部长`` → X区委 常委 + X区委组织部 部长; ``区委常委、区委社会工作部部长`` → 福田区委 常委 + 福田区委社会
  工作部 部长; DECIDED HERE: ``区委办主任`` → ``福州市鼓楼区委办`` 主任 (the office written short as on the page, as ba keeps
  ``区委社治委``). ``区委常委、常务副区长`` → X区委 常委 + X区政府 常务副区长.
- Bare organs take the page's place (site line, masthead, or the place just named): bare 区委 / 区长 / 区民政局 on a
  district site = that district; in a city paper, a bare ``区委常委、副区长`` after ``城关区委书记`` is 城关区's (兰州); on
  the 福州 page ``区委书记郑梓峰率我区…`` and ``我区区委常委`` are 福州市鼓楼区's, while ``区委副书记、区长殷晓川`` right after
  ``南京市鼓楼区委书记顾鸿涛`` is 南京's.
- Events: 调研 / 检查 / 视察 / 考察 are ``inspection`` (leader; 陪同 / 参加 are attendees; 汇报 / 介绍 / 通报 / 建议 / 指出 /
  强调 / 要求 / 表示 / 作了安排 / 发言 are speakers). The 人大工委's 视察 (bz02) has no leader written (``组织``), organizer the
  人大工委; the 座谈会 after it, with its own chair, is a meeting of its own (as bs02's 反馈会), and so is bz10's 交流座谈会;
  bz08 has no separate 座谈会 (``视察中``). A deputy named only for a 建议 is a speaker, not an attendee.
- Projects: works named as under way (老旧小区 / 院落 / 楼院 改造, 复建安置房, 城中村统租改造 → housing_project; 瓶改管,
  道路 / 积水点 改造 → infrastructure_project; 街区修缮 / 微更新 / 保护利用, 综合整治提升, 养老服务中心, 社区综合体, a 监管
  平台 → project). A project written with its street in front (``湖南路街道狮子桥街区微更新项目``) is named without it.
- Places: one line per name per file, as written (``南京市鼓楼区`` is one place, as af's ``福州市鼓楼区``); streets
  (``street``), communities, 片区 (``area``, inside project names), roads, rivers, a scenic area; short district names in
  the body (``越秀``, ``福田``, ``西湖`` in 南昌's ``展现西湖新作为``, ``鼓楼``) are districts. Site lines, mastheads,
  来源 / 发布于 lines, footers, 相关链接 / 相关新闻 / 往期推荐 / 本版导航 / 上一篇 / 下一篇 are not annotated, nor places
  inside company names.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``记者：… 通讯员：…`` and ``（兰州日报社全媒体记者 …）`` give reporter /
  correspondent lines; a WeChat ``文字：`` is an author line; 编辑 / 责任编辑 / 审核 are editor lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

TH, YX, NS, FT = "天河区", "越秀区", "深圳市南山区", "福田区"
HX, GS, NX, JJ = "杭州市西湖区", "拱墅区", "南昌市西湖区", "锦江区"
CG, FG, NG = "兰州市城关区", "福州市鼓楼区", "南京市鼓楼区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bz01_tianhe.txt": (2021, "发布时间：2021-06-17 17:42", TH, [
        ("岑振邦到沙河街道、冼村街道调研基层治理和城市更新工作", "6月16日", "2021-06-16", "6月16日，区委副书记",
         "district site 街道动态: the 区长's 调研 in two streets; 党工委书记 / 办事处主任; a named community's 社区党委书记、居委会主任; an unnamed 社区书记")]),
    "bz02_yuexiu.txt": (2023, "2023年06月12日 18:30", YX, [
        ("北京街道人大工委组织区人大代表视察历史文化街区保护活化工作", "6月9日下午", "2023-06-09", "6月9日下午，北京街道",
         "a 街道's WeChat page: 人大工委 代表视察 with the 区人大常委会副主任; 座谈会; the former 冼村 办事处主任 now 党工委书记")]),
    "bz03_nanshan.txt": (2022, "发布日期：2022-03-25 18:06", NS, [
        ("严景辉到沙河街道调研城中村综合治理和安全生产工作", "3月24日", "2022-03-24", "3月24日，区委副书记",
         "深圳 district site 街道动态: the 区长's 调研 in 沙河街道 (南山); bare 街道 = 沙河街道")]),
    "bz04_futian.txt": (2024, "2024年05月23日　星期四", FT, [
        ("福田街道、华强北街道聚焦城中村治理和商圈升级", "5月22日", "2024-05-22", "本报讯（记者 戴思琪",
         "city paper 区域新闻 edition: the 区委书记's 调研; the former 南山 沙河街道 办事处主任 now 福田街道党工委书记")]),
    "bz05_xihu.txt": (2023, "2023-08-30 19:12:47", HX, [
        ("盛卫东到北山街道、灵隐街道调研亚运城市保障和基层治理工作", "8月29日", "2023-08-29", "8月29日，区委书记",
         "district 融媒体 page (杭州 西湖区): the 区委书记 (the former 拱墅区长) 调研 two streets")]),
    "bz06_gongshu.txt": (2021, "发布日期：2021-07-23", GS, [
        ("盛卫东检查米市巷街道、湖墅街道防汛防台和老旧小区改造工作", "7月22日", "2021-07-22", "7月22日，区委副书记",
         "district site: the 区长's 检查 in two streets; a named community's 社区党委书记")]),
    "bz07_xihu.txt": (2022, "发布时间: 2022-08-19 10:25", NX, [
        ("熊启文调研系马桩街道、朝阳洲街道基层党建和民生实事工作", "8月18日上午", "2022-08-18", "8月18日上午，区委书记",
         "南昌市西湖区 site: the 区委书记's 调研; 组织部部长; 彭立川#1; named and unnamed community secretaries")]),
    "bz08_jinjiang.txt": (2023, "发布时间：2023-04-21 16:30", JJ, [
        ("区人大常委会到沙河街道视察老旧院落改造和“一老一小”服务工作", "4月20日", "2023-04-20", "4月20日，区人大常委会",
         "district site 街道动态: 区人大常委会副主任's 视察 in 沙河街道 (锦江); 街道党工委副书记、人大工委主任; a lawyer deputy")]),
    "bz09_chengguan.txt": (2024, "2024年3月14日　星期四", CG, [
        ("城关区：街道“吹哨” 部门“报到”", "3月13日", "2024-03-13", "本报讯（兰州日报社",
         "city paper 第05版：区县新闻: the 城关区委书记's 调研 in two streets; 彭立川#2 区委常委、副区长")]),
    "bz10_gulou.txt": (2024, "发布时间：2024-10-18 09:30", FG, [
        ("我区党政代表团赴南京市鼓楼区考察学习街道社区治理工作", "10月16日至17日", "2024-10-16", "10月16日至17日，区委书记",
         "福州市鼓楼区 site: its 党政代表团 in 南京市鼓楼区; both 鼓楼区委 on one page; 座谈会")]),
}

_B01_LIANG = "冼村街道党工委副书记、办事处主任梁展鹏"
_B01_HE = "在金城社区，社区党委书记、居委会主任何丽珊"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 广州
    "bz:岑振邦": ("岑振邦", "official", TH, [
        ("bz01", "天河区委", "副书记", "区委副书记、区长岑振邦到沙河街道", "bare 区委 on the 天河区 site; named in the headline too"),
        ("bz01", "天河区政府", "区长", "区委副书记、区长岑振邦到沙河街道", None)], []),
    "bz:谭思敏": ("谭思敏", "official", TH, [
        ("bz01", "天河区政府", "副区长", "副区长谭思敏", None)], []),
    "bz:温慧琳": ("温慧琳", "official", TH, [
        ("bz01", "天河区民政局", "局长", "区民政局局长温慧琳", None)], []),
    "bz:麦启航": ("麦启航", "official", TH, [
        ("bz01", "天河区沙河街道党工委", "书记", "沙河街道党工委书记麦启航", "天河区's 沙河街道 (广州); not 南山区's (bz03) or 锦江区's (bz08)")], []),
    "bz:卢嘉欣": ("卢嘉欣", "official", TH, [
        ("bz01", "天河区沙河街道办事处", "主任", "沙河街道党工委书记麦启航、办事处主任卢嘉欣", "办事处主任 after the named street's 党工委书记")], []),
    "bz:罗锦洪": ("罗锦洪", "official", TH, [
        ("bz01", "天河区冼村街道党工委", "书记", "冼村街道党工委书记罗锦洪", None)], []),
    "bz:梁展鹏": ("梁展鹏", "official", "广州市", [
        ("bz01", "天河区冼村街道党工委", "副书记", _B01_LIANG, "2021-06 (identity case: 越秀区北京街道党工委书记 in 2023, bz02)"),
        ("bz01", "天河区冼村街道办事处", "主任", _B01_LIANG, None),
        ("bz02", "越秀区北京街道党工委", "书记", "街道党工委书记梁展鹏", "2023-06: bare 街道 on 北京街道's own page")], []),
    "bz:何丽珊": ("何丽珊", "official", TH, [
        ("bz01", "天河区冼村街道金城社区党委", "书记", _B01_HE, "named community (as ba); in 冼村街道 (the street the leader visits)"),
        ("bz01", "天河区冼村街道金城社区居委会", "主任", _B01_HE, None)], []),
    "bz:苏立文": ("苏立文", "official", YX, [
        ("bz02", "越秀区人大常委会", "副主任", "区人大常委会副主任苏立文", "bare 区 on a 越秀区 street's page")], []),
    "bz:曾慧娴": ("曾慧娴", "official", YX, [
        ("bz02", "越秀区北京街道党工委", "副书记", "街道党工委副书记、人大工委主任曾慧娴", None),
        ("bz02", "越秀区北京街道人大工委", "主任", "街道党工委副书记、人大工委主任曾慧娴", "the street's 人大工委")], []),
    "bz:陈俊熙": ("陈俊熙", "official", YX, [
        ("bz02", "越秀区北京街道党工委", "副书记", "街道党工委副书记、办事处主任陈俊熙", None),
        ("bz02", "越秀区北京街道办事处", "主任", "街道党工委副书记、办事处主任陈俊熙", None)], []),
    "bz:叶文杰": ("叶文杰", "deputy", YX, [], ["bz02"]),
    "bz:刘婉仪": ("刘婉仪", "community_worker", YX, [], ["bz02"]),
    # ---- 深圳
    "bz:严景辉": ("严景辉", "official", NS, [
        ("bz03", f"{NS}委", "副书记", "区委副书记、区长严景辉到沙河街道", "DECIDED HERE: 南山区 shared (深圳, 鹤岗) → 深圳市南山区"),
        ("bz03", f"{NS}政府", "区长", "区委副书记、区长严景辉到沙河街道", None)], []),
    "bz:许卓然": ("许卓然", "official", NS, [
        ("bz03", f"{NS}应急管理局", "局长", "区应急管理局局长许卓然", None)], []),
    "bz:吴泽林": ("吴泽林", "official", NS, [
        ("bz03", f"{NS}沙河街道党工委", "书记", "沙河街道党工委书记吴泽林", "南山区's 沙河街道 (深圳)")], []),
    "bz:钟立恒": ("钟立恒", "official", "深圳市", [
        ("bz03", f"{NS}沙河街道党工委", "副书记", "街道党工委副书记、办事处主任钟立恒", "2022-03: bare 街道 after 沙河街道党工委书记 (identity case: 福田街道党工委书记 in 2024, bz04)"),
        ("bz03", f"{NS}沙河街道办事处", "主任", "街道党工委副书记、办事处主任钟立恒", None),
        ("bz04", "福田区福田街道党工委", "书记", "福田街道党工委书记钟立恒", "2024-05")], []),
    "bz:黄佩琼": ("黄佩琼", "official", NS, [
        ("bz03", f"{NS}沙河街道新塘社区党委", "书记", "在新塘社区，社区党委书记黄佩琼", "named community of 沙河街道")], []),
    "bz:沈家骏": ("沈家骏", "official", FT, [
        ("bz04", "福田区委", "书记", "福田区委书记沈家骏", "named in the 主题 line too")], []),
    "bz:林婉宁": ("林婉宁", "official", FT, [
        ("bz04", "福田区委", "常委", "区委常委、区委社会工作部部长林婉宁", "bare 区委 after 福田区委书记"),
        ("bz04", "福田区委社会工作部", "部长", "区委常委、区委社会工作部部长林婉宁", None)], []),
    "bz:黄梓铭": ("黄梓铭", "official", FT, [
        ("bz04", "福田区福田街道党工委", "副书记", "福田街道党工委副书记、办事处主任黄梓铭", None),
        ("bz04", "福田区福田街道办事处", "主任", "福田街道党工委副书记、办事处主任黄梓铭", None)], []),
    "bz:邱文涛": ("邱文涛", "official", FT, [
        ("bz04", "福田区华强北街道党工委", "书记", "华强北街道党工委书记邱文涛", None)], []),
    # ---- 杭州
    "bz:盛卫东": ("盛卫东", "official", "杭州市", [
        ("bz06", "拱墅区委", "副书记", "区委副书记、区长盛卫东到米市巷街道", "2021-07 (identity case: 杭州市西湖区委书记 in 2023, bz05)"),
        ("bz06", "拱墅区政府", "区长", "区委副书记、区长盛卫东到米市巷街道", None),
        ("bz05", f"{HX}委", "书记", "区委书记盛卫东到北山街道", "2023-08: bare 区委 on the 杭州 西湖区 融媒体 page; 西湖区 shared with 南昌")], []),
    "bz:陆晓岚": ("陆晓岚", "official", HX, [
        ("bz05", f"{HX}委", "常委", "区委常委、常务副区长陆晓岚", None),
        ("bz05", f"{HX}政府", "常务副区长", "区委常委、常务副区长陆晓岚", None)], []),
    "bz:俞建平": ("俞建平", "official", HX, [
        ("bz05", f"{HX}北山街道党工委", "书记", "北山街道党工委书记俞建平", None)], []),
    "bz:金一鸣": ("金一鸣", "official", HX, [
        ("bz05", f"{HX}灵隐街道党工委", "书记", "灵隐街道党工委书记金一鸣", None)], []),
    "bz:裘佳颖": ("裘佳颖", "official", HX, [
        ("bz05", f"{HX}灵隐街道党工委", "副书记", "灵隐街道党工委副书记、办事处主任裘佳颖", None),
        ("bz05", f"{HX}灵隐街道办事处", "主任", "灵隐街道党工委副书记、办事处主任裘佳颖", None)], []),
    "bz:屠佳宁": ("屠佳宁", "official", GS, [
        ("bz06", "拱墅区政府", "副区长", "副区长屠佳宁", None)], []),
    "bz:方振宇": ("方振宇", "official", GS, [
        ("bz06", "拱墅区住房和城乡建设局", "局长", "区住房和城乡建设局局长方振宇", None)], []),
    "bz:汪国梁": ("汪国梁", "official", GS, [
        ("bz06", "拱墅区米市巷街道党工委", "书记", "米市巷街道党工委书记汪国梁", None)], []),
    "bz:朱丽萍": ("朱丽萍", "official", GS, [
        ("bz06", "拱墅区湖墅街道党工委", "副书记", "湖墅街道党工委副书记、办事处主任朱丽萍", None),
        ("bz06", "拱墅区湖墅街道办事处", "主任", "湖墅街道党工委副书记、办事处主任朱丽萍", None)], []),
    "bz:蒋慧芬": ("蒋慧芬", "official", GS, [
        ("bz06", "拱墅区湖墅街道信义坊社区党委", "书记", "在湖墅街道信义坊社区，社区党委书记蒋慧芬", None)], []),
    # ---- 南昌
    "bz:熊启文": ("熊启文", "official", NX, [
        ("bz07", f"{NX}委", "书记", "区委书记熊启文深入系马桩街道", "bare 区委 on the 南昌市西湖区 site (not 杭州's, bz05); named in the headline too")], []),
    "bz:万思琦": ("万思琦", "official", NX, [
        ("bz07", f"{NX}委", "常委", "区委常委、组织部部长万思琦", None),
        ("bz07", f"{NX}委组织部", "部长", "区委常委、组织部部长万思琦", "组织部 after 区委常委 = the 区委's")], []),
    "bz:涂志勇": ("涂志勇", "official", NX, [
        ("bz07", f"{NX}系马桩街道党工委", "书记", "系马桩街道党工委书记涂志勇", None)], []),
    "bz:彭立川#1": ("彭立川", "official", NX, [
        ("bz07", f"{NX}朝阳洲街道党工委", "副书记", "朝阳洲街道党工委副书记、办事处主任彭立川", "南昌 (江西), 2022; not the 彭立川 of 兰州 城关区 (bz09)"),
        ("bz07", f"{NX}朝阳洲街道办事处", "主任", "朝阳洲街道党工委副书记、办事处主任彭立川", None)], []),
    "bz:胡晓燕": ("胡晓燕", "official", NX, [
        ("bz07", f"{NX}朝阳洲街道抚生路社区党委", "书记", "抚生路社区党委书记胡晓燕", "the community visited ``在朝阳洲街道``")], []),
    # ---- 成都
    "bz:冉晓东": ("冉晓东", "official", JJ, [
        ("bz08", "锦江区人大常委会", "副主任", "区人大常委会副主任冉晓东", None)], []),
    "bz:岳海燕": ("岳海燕", "official", JJ, [
        ("bz08", "锦江区沙河街道党工委", "书记", "沙河街道党工委书记岳海燕", "锦江区's 沙河街道 (成都)")], []),
    "bz:邹文斌": ("邹文斌", "official", JJ, [
        ("bz08", "锦江区沙河街道党工委", "副书记", "街道党工委副书记、人大工委主任邹文斌", None),
        ("bz08", "锦江区沙河街道人大工委", "主任", "街道党工委副书记、人大工委主任邹文斌", None)], []),
    "bz:唐子涵": ("唐子涵", "official", JJ, [
        ("bz08", "锦江区沙河街道党工委", "副书记", "街道党工委副书记、办事处主任唐子涵", None),
        ("bz08", "锦江区沙河街道办事处", "主任", "街道党工委副书记、办事处主任唐子涵", None)], []),
    "bz:何雨霏": ("何雨霏", "deputy", JJ, [], ["bz08"]),
    # ---- 兰州
    "bz:马建荣": ("马建荣", "official", CG, [
        ("bz09", f"{CG}委", "书记", "城关区委书记马建荣", "城关区 shared (兰州, 拉萨): 兰州日报 → 兰州市城关区")], []),
    "bz:彭立川#2": ("彭立川", "official", CG, [
        ("bz09", f"{CG}委", "常委", "区委常委、副区长彭立川", "兰州 (甘肃), 2024; not the 彭立川 of 南昌 (bz07)"),
        ("bz09", f"{CG}政府", "副区长", "区委常委、副区长彭立川", None)], []),
    "bz:脱永祥": ("脱永祥", "official", CG, [
        ("bz09", f"{CG}白银路街道党工委", "书记", "白银路街道党工委书记脱永祥", None)], []),
    "bz:魏小琳": ("魏小琳", "official", CG, [
        ("bz09", f"{CG}皋兰路街道党工委", "副书记", "皋兰路街道党工委副书记、办事处主任魏小琳", None),
        ("bz09", f"{CG}皋兰路街道办事处", "主任", "皋兰路街道党工委副书记、办事处主任魏小琳", None)], []),
    # ---- 福州 / 南京
    "bz:郑梓峰": ("郑梓峰", "official", FG, [
        ("bz10", f"{FG}委", "书记", "区委书记郑梓峰率我区党政代表团", "bare 区委 on the 福州市鼓楼区 site")], []),
    "bz:陈碧瑶": ("陈碧瑶", "official", FG, [
        ("bz10", f"{FG}委", "常委", "我区区委常委、区委办主任陈碧瑶", None),
        ("bz10", f"{FG}委办", "主任", "我区区委常委、区委办主任陈碧瑶", "DECIDED HERE: 区委办 kept short as written")], []),
    "bz:林韶华": ("林韶华", "official", FG, [
        ("bz10", f"{FG}鼓东街道党工委", "书记", "鼓东街道党工委书记林韶华", None)], []),
    "bz:顾鸿涛": ("顾鸿涛", "official", NG, [
        ("bz10", f"{NG}委", "书记", "南京市鼓楼区委书记顾鸿涛", "the other 鼓楼区委, on the same page")], []),
    "bz:殷晓川": ("殷晓川", "official", NG, [
        ("bz10", f"{NG}委", "副书记", "区委副书记、区长殷晓川", "bare 区委 right after 南京市鼓楼区委书记 = 南京's"),
        ("bz10", f"{NG}政府", "区长", "区委副书记、区长殷晓川", None)], []),
    "bz:严可欣": ("严可欣", "official", NG, [
        ("bz10", f"{NG}湖南路街道党工委", "书记", "在湖南路街道，街道党工委书记严可欣", None)], []),
    "bz:薛嘉禾": ("薛嘉禾", "official", NG, [
        ("bz10", f"{NG}宁海路街道党工委", "副书记", "在宁海路街道，街道党工委副书记、办事处主任薛嘉禾", None),
        ("bz10", f"{NG}宁海路街道办事处", "主任", "在宁海路街道，街道党工委副书记、办事处主任薛嘉禾", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bz01", "黄诗琪", "责任编辑", "editor", "责任编辑：黄诗琪"),
    ("bz02", "郭韵彤", "文字", "author", "文字：郭韵彤"),
    ("bz02", "熊雨萌", "编辑", "editor", "编辑：熊雨萌"),
    ("bz02", "黎永康", "审核", "editor", "审核：黎永康"),
    ("bz03", "潘思远", "责任编辑", "editor", "责任编辑：潘思远"),
    ("bz04", "戴思琪", "记者", "reporter", "本报讯（记者 戴思琪 通讯员 陈雨桐）"),
    ("bz04", "陈雨桐", "通讯员", "correspondent", "本报讯（记者 戴思琪 通讯员 陈雨桐）"),
    ("bz04", "叶知秋", "责任编辑", "editor", "（责任编辑：叶知秋）"),
    ("bz05", "方可欣", "记者", "reporter", "记者：方可欣　通讯员：沈一帆"),
    ("bz05", "沈一帆", "通讯员", "correspondent", "记者：方可欣　通讯员：沈一帆"),
    ("bz05", "邵琳琳", "编辑", "editor", "编辑：邵琳琳"),
    ("bz05", "叶晓棠", "审核", "editor", "审核：叶晓棠"),
    ("bz06", "钱佳怡", "责任编辑", "editor", "责任编辑：钱佳怡"),
    ("bz07", "刘欣悦", "责任编辑", "editor", "责任编辑：刘欣悦"),
    ("bz08", "陈思羽", "责任编辑", "editor", "责任编辑：陈思羽"),
    ("bz09", "杨雪菲", "全媒体记者", "reporter", "本报讯（兰州日报社全媒体记者 杨雪菲）"),
    ("bz09", "苏雅琴", "责任编辑", "editor", "（责任编辑：苏雅琴）"),
    ("bz10", "卓雅婷", "责任编辑", "editor", "责任编辑：卓雅婷"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("bz01", "沙河街道、冼村街道基层治理和城市更新调研", "inspection (调研)", "6月16日", None, "岑振邦", [],
     ["谭思敏", "温慧琳", "麦启航", "卢嘉欣", "罗锦洪", "梁展鹏"],
     ["麦启航", "罗锦洪", "梁展鹏", "何丽珊", "岑振邦", "谭思敏"], "沙河街道、冼村街道",
     "区委副书记、区长岑振邦到沙河街道、冼村街道调研基层治理和城市更新工作",
     ["区长岑振邦到沙河街道、冼村街道调研", "办事处主任梁展鹏陪同调研", "麦启航汇报了", "罗锦洪介绍了", "梁展鹏汇报了",
      "何丽珊介绍了", "岑振邦指出", "谭思敏表示"]),
    ("bz02", "历史文化街区保护活化专题视察", "inspection (人大代表视察)", "6月9日下午", None, None, ["北京街道人大工委"],
     ["苏立文", "梁展鹏", "曾慧娴", "陈俊熙"], [], "北京路步行街",
     "北京街道人大工委组织辖区区人大代表开展历史文化街区保护活化专题视察",
     ["区人大常委会副主任苏立文", "街道党工委书记梁展鹏", "人大工委主任曾慧娴", "办事处主任陈俊熙参加视察"]),
    ("bz02", "座谈会", "meeting (座谈会)", "6月9日下午", "曾慧娴", None, [],
     [], ["陈俊熙", "叶文杰", "刘婉仪", "梁展鹏", "苏立文"], None,
     "在随后召开的座谈会上，曾慧娴主持会议",
     ["曾慧娴主持会议", "陈俊熙通报了", "叶文杰建议", "刘婉仪结合", "梁展鹏表示", "苏立文指出"]),
    ("bz03", "沙河街道城中村综合治理和安全生产调研", "inspection (调研)", "3月24日", None, "严景辉", [],
     ["许卓然", "吴泽林", "钟立恒"], ["黄佩琼", "钟立恒", "吴泽林", "严景辉", "许卓然"], "沙河街道",
     "区委副书记、区长严景辉到沙河街道调研城中村综合治理和安全生产工作",
     ["区长严景辉到沙河街道调研", "办事处主任钟立恒等陪同调研", "黄佩琼介绍了", "钟立恒汇报了", "吴泽林介绍了", "严景辉强调",
      "许卓然表示"]),
    ("bz04", "福田街道、华强北街道城中村治理和商圈提质升级调研", "inspection (调研)", "5月22日", None, "沈家骏", [],
     ["林婉宁"], ["钟立恒", "黄梓铭", "邱文涛", "沈家骏", "林婉宁"], "福田街道、华强北街道",
     "福田区委书记沈家骏到福田街道、华强北街道调研城中村治理和商圈提质升级工作",
     ["福田区委书记沈家骏到福田街道、华强北街道调研", "区委社会工作部部长林婉宁参加调研", "钟立恒介绍了", "黄梓铭汇报了",
      "邱文涛汇报了", "沈家骏指出", "林婉宁表示"]),
    ("bz05", "北山街道、灵隐街道亚运城市保障和基层治理调研", "inspection (调研)", "8月29日", None, "盛卫东", [],
     ["陆晓岚"], ["俞建平", "金一鸣", "裘佳颖", "盛卫东", "陆晓岚"], "北山街道、灵隐街道",
     "区委书记盛卫东到北山街道、灵隐街道调研亚运城市保障和基层治理工作",
     ["区委书记盛卫东到北山街道、灵隐街道调研", "常务副区长陆晓岚参加调研", "俞建平汇报了", "金一鸣介绍了", "裘佳颖汇报了",
      "盛卫东强调", "陆晓岚要求"]),
    ("bz06", "米市巷街道、湖墅街道防汛防台和老旧小区改造检查", "inspection (检查)", "7月22日", None, "盛卫东", [],
     ["屠佳宁", "方振宇", "汪国梁", "朱丽萍"], ["蒋慧芬", "汪国梁", "朱丽萍", "盛卫东", "屠佳宁", "方振宇"],
     "米市巷街道、湖墅街道",
     "区委副书记、区长盛卫东到米市巷街道、湖墅街道检查防汛防台和老旧小区改造工作",
     ["区长盛卫东到米市巷街道、湖墅街道检查", "办事处主任朱丽萍陪同检查", "蒋慧芬介绍了", "汪国梁汇报了", "朱丽萍介绍了",
      "盛卫东指出", "屠佳宁要求", "方振宇表示"]),
    ("bz07", "系马桩街道、朝阳洲街道基层党建和民生实事调研", "inspection (调研)", "8月18日上午", None, "熊启文", [],
     ["万思琦", "涂志勇", "彭立川"], ["涂志勇", "胡晓燕", "彭立川", "熊启文", "万思琦"], "系马桩街道、朝阳洲街道",
     "区委书记熊启文深入系马桩街道、朝阳洲街道，调研基层党建引领社区治理和民生实事项目推进情况",
     ["区委书记熊启文深入系马桩街道、朝阳洲街道", "办事处主任彭立川陪同调研", "涂志勇汇报了", "胡晓燕介绍了", "彭立川汇报了",
      "熊启文强调", "万思琦要求"]),
    ("bz08", "沙河街道老旧院落改造和“一老一小”服务视察", "inspection (人大代表视察)", "4月20日", None, "冉晓东", [],
     ["岳海燕", "邹文斌", "唐子涵"], ["唐子涵", "何雨霏", "邹文斌", "冉晓东", "岳海燕"], "沙河街道",
     "区人大常委会副主任冉晓东带领部分区人大代表到沙河街道，视察老旧院落改造和“一老一小”服务工作",
     ["区人大常委会副主任冉晓东带领部分区人大代表到沙河街道", "办事处主任唐子涵陪同视察", "唐子涵汇报了", "何雨霏建议",
      "邹文斌介绍了", "冉晓东指出", "岳海燕表示"]),
    ("bz09", "白银路街道、皋兰路街道基层治理和民生实事调研", "inspection (调研)", "3月13日", None, "马建荣", [],
     ["彭立川"], ["脱永祥", "魏小琳", "马建荣", "彭立川"], "白银路街道、皋兰路街道",
     "城关区委书记马建荣到白银路街道、皋兰路街道调研基层治理和民生实事工作",
     ["城关区委书记马建荣到白银路街道、皋兰路街道调研", "副区长彭立川参加调研", "脱永祥介绍了", "魏小琳汇报了", "马建荣强调",
      "彭立川就民生实事项目资金保障和进度调度作了安排"]),
    ("bz10", "福州市鼓楼区党政代表团赴南京市鼓楼区考察学习", "inspection (党政代表团考察)", "10月16日至17日", None, "郑梓峰", [],
     ["顾鸿涛", "殷晓川", "陈碧瑶", "林韶华"], ["严可欣", "薛嘉禾"], "南京市鼓楼区",
     "区委书记郑梓峰率我区党政代表团赴南京市鼓楼区考察学习街道社区治理和城市更新工作",
     ["区委书记郑梓峰率我区党政代表团", "区长殷晓川陪同考察", "鼓东街道党工委书记林韶华等参加考察", "严可欣介绍了",
      "薛嘉禾介绍了"]),
    ("bz10", "交流座谈会", "meeting (座谈会)", "17日上午", None, None, [],
     [], ["顾鸿涛", "郑梓峰", "林韶华"], "南京市鼓楼区",
     "17日上午，两地召开交流座谈会",
     ["顾鸿涛介绍了", "郑梓峰表示", "林韶华表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bz01", "冼村片区复建安置房三期工程", "housing_project", "先后察看了冼村片区复建安置房三期工程"),
    ("bz01", "金城社区老旧小区微改造项目", "housing_project", "金城社区老旧小区微改造项目现场"),
    ("bz02", "北京路骑楼立面修缮工程", "project", "先后察看了北京路骑楼立面修缮工程"),
    ("bz02", "惠福西路街区微改造项目", "project", "惠福西路街区微改造项目现场"),
    ("bz03", "新塘社区城中村瓶改管工程", "infrastructure_project", "新塘社区城中村瓶改管工程现场"),
    ("bz03", "上白石片区综合整治提升项目", "project", "上白石片区综合整治提升项目和沙河街道智慧安全监管平台"),
    ("bz03", "沙河街道智慧安全监管平台", "project", "上白石片区综合整治提升项目和沙河街道智慧安全监管平台"),
    ("bz04", "岗厦北片区城中村统租改造项目", "housing_project", "岗厦北片区城中村统租改造项目"),
    ("bz04", "华强北步行街二期提升改造工程", "project", "华强北步行街二期提升改造工程"),
    ("bz05", "北山街沿线亚运环境提升工程", "project", "北山街沿线亚运环境提升工程"),
    ("bz05", "灵隐路沿线综合整治提升工程", "infrastructure_project", "灵隐路沿线综合整治提升工程现场"),
    ("bz06", "小河路沿线老旧小区综合改造提升工程", "housing_project", "小河路沿线老旧小区综合改造提升工程"),
    ("bz06", "湖墅南路地下通道积水点改造工程", "infrastructure_project", "湖墅南路地下通道积水点改造工程现场"),
    ("bz07", "系马桩片区老旧小区改造三期项目", "housing_project", "系马桩片区老旧小区改造三期项目现场"),
    ("bz07", "抚生路社区嵌入式养老服务中心", "project", "抚生路社区嵌入式养老服务中心"),
    ("bz08", "锦东片区老旧院落改造项目", "housing_project", "锦东片区老旧院落改造项目"),
    ("bz08", "沙河街道社区综合体建设项目", "project", "沙河街道社区综合体建设项目现场"),
    ("bz09", "甘南路片区老旧楼院改造项目", "housing_project", "甘南路片区老旧楼院改造项目现场"),
    ("bz09", "皋兰路街道社区嵌入式服务设施建设项目", "project", "皋兰路街道社区嵌入式服务设施建设项目"),
    ("bz10", "狮子桥街区微更新项目", "project", "湖南路街道狮子桥街区微更新项目"),
    ("bz10", "颐和路历史文化街区保护利用二期工程", "project", "宁海路街道颐和路历史文化街区保护利用二期工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bz01", "沙河街道", "street", "standalone", "到沙河街道、冼村街道调研基层治理"),
    ("bz01", "冼村街道", "street", "standalone", "到沙河街道、冼村街道调研基层治理"),
    ("bz01", "水荫四横路社区", "community", "standalone", "沙河街道水荫四横路社区党群服务中心"),
    ("bz01", "冼村片区", "area", "in_project_name", "先后察看了冼村片区复建安置房三期工程"),
    ("bz01", "金城社区", "community", "standalone", "在金城社区，社区党委书记"),
    ("bz02", "北京街道", "street", "standalone", "6月9日下午，北京街道人大工委组织"),
    ("bz02", "北京路步行街", "road", "standalone", "代表们沿北京路步行街一路走访"),
    ("bz02", "北京路", "road", "in_project_name", "先后察看了北京路骑楼立面修缮工程"),
    ("bz02", "惠福西路", "road", "in_project_name", "惠福西路街区微改造项目现场"),
    ("bz02", "越秀", "district", "standalone", "越秀推动老城市焕发新活力"),
    ("bz03", "沙河街道", "street", "standalone", "到沙河街道调研城中村综合治理"),
    ("bz03", "新塘社区", "community", "standalone", "在新塘社区，社区党委书记"),
    ("bz03", "上白石片区", "area", "in_project_name", "上白石片区综合整治提升项目"),
    ("bz04", "福田街道", "street", "standalone", "到福田街道、华强北街道调研"),
    ("bz04", "华强北街道", "street", "standalone", "到福田街道、华强北街道调研"),
    ("bz04", "福田区", "district", "in_title", "福田区委书记沈家骏"),
    ("bz04", "岗厦北片区", "area", "in_project_name", "岗厦北片区城中村统租改造项目"),
    ("bz04", "华强北步行街", "road", "in_project_name", "华强北步行街二期提升改造工程"),
    ("bz04", "福田", "district", "standalone", "福田作为中心城区"),
    ("bz04", "华强北商圈", "area", "standalone", "华强北商圈要加快业态更新"),
    ("bz05", "北山街道", "street", "standalone", "到北山街道、灵隐街道调研"),
    ("bz05", "灵隐街道", "street", "standalone", "到北山街道、灵隐街道调研"),
    ("bz05", "北山街", "road", "standalone", "沿北山街步行察看"),
    ("bz05", "杭州", "city", "in_event_name", "详细了解杭州亚运会期间"),
    ("bz05", "西湖景区", "scenic_area", "standalone", "西湖景区周边交通组织"),
    ("bz05", "灵隐路", "road", "in_project_name", "灵隐路沿线综合整治提升工程现场"),
    ("bz06", "米市巷街道", "street", "standalone", "到米市巷街道、湖墅街道检查"),
    ("bz06", "湖墅街道", "street", "standalone", "到米市巷街道、湖墅街道检查"),
    ("bz06", "小河路", "road", "in_project_name", "小河路沿线老旧小区综合改造提升工程"),
    ("bz06", "湖墅南路", "road", "in_project_name", "湖墅南路地下通道积水点改造工程现场"),
    ("bz06", "信义坊社区", "community", "standalone", "在湖墅街道信义坊社区"),
    ("bz06", "大运河", "river", "standalone", "介绍了大运河沿岸防汛巡查安排"),
    ("bz07", "系马桩街道", "street", "standalone", "深入系马桩街道、朝阳洲街道"),
    ("bz07", "朝阳洲街道", "street", "standalone", "深入系马桩街道、朝阳洲街道"),
    ("bz07", "系马桩片区", "area", "in_project_name", "系马桩片区老旧小区改造三期项目现场"),
    ("bz07", "抚生路社区", "community", "standalone", "抚生路社区党委书记胡晓燕"),
    ("bz07", "抚河", "river", "standalone", "要依托抚河沿线公共空间"),
    ("bz07", "西湖", "district", "standalone", "展现西湖新作为"),
    ("bz08", "沙河街道", "street", "standalone", "部分区人大代表到沙河街道"),
    ("bz08", "锦东片区", "area", "in_project_name", "锦东片区老旧院落改造项目"),
    ("bz08", "沙河", "river", "standalone", "并沿沙河绿道了解"),
    ("bz09", "城关区", "district", "standalone", "城关区：街道“吹哨”"),
    ("bz09", "白银路街道", "street", "standalone", "到白银路街道、皋兰路街道调研"),
    ("bz09", "皋兰路街道", "street", "standalone", "到白银路街道、皋兰路街道调研"),
    ("bz09", "甘南路片区", "area", "in_project_name", "甘南路片区老旧楼院改造项目现场"),
    ("bz10", "南京市鼓楼区", "district", "standalone", "赴南京市鼓楼区考察学习街道社区治理和城市更新工作"),
    ("bz10", "鼓东街道", "street", "standalone", "鼓东街道将学习借鉴"),
    ("bz10", "湖南路街道", "street", "standalone", "在湖南路街道，街道党工委书记"),
    ("bz10", "宁海路街道", "street", "standalone", "在宁海路街道，街道党工委副书记"),
    ("bz10", "狮子桥", "area", "in_project_name", "湖南路街道狮子桥街区微更新项目"),
    ("bz10", "颐和路", "road", "in_project_name", "宁海路街道颐和路历史文化街区保护利用二期工程"),
    ("bz10", "鼓楼", "district", "standalone", "两地鼓楼同名"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bz", conventions="set bz (blind set: 街道 and district pages of big cities: 广州 天河区 / 越秀区, 深圳 南山区 / 福田区, 杭州 西湖区 / 拱墅区, 南昌 西湖区, 成都 锦江区, 兰州 城关区, 福州 鼓楼区 and 南京 鼓楼区; shared district names take their city (杭州市西湖区, 南昌市西湖区, 福州市鼓楼区, 南京市鼓楼区, 兰州市城关区, 深圳市南山区); street organs <district><street>党工委 / 办事处 / 人大工委; a named community's 社区党委 / 居委会 posts, an unnamed community's secretary no post; 区人大代表 and company / law-firm roles no posts; one line per post per article)",
          persons_note="Set bz persons. id = corpus-wide person_id (bz:彭立川#1 of 南昌市西湖区 (江西, 街道办事处主任 2022) and bz:彭立川#2 of 兰州市城关区 (甘肃, 区委常委、副区长 2024) are two people; bz:梁展鹏 天河区冼村街道 办事处主任 2021 → 越秀区北京街道党工委书记 2023; bz:钟立恒 南山区沙河街道 办事处主任 2022 → 福田区福田街道党工委书记 2024; bz:盛卫东 拱墅区长 2021 → 杭州市西湖区委书记 2023)")


if __name__ == "__main__":
    main()
