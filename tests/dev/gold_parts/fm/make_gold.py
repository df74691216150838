"""Write gold part ``fm`` (a blind set: pages whose dates are tricky — a year-later 转载, relative dates, festival dates
with no day, a 大事记, dotted and short year forms, a page with no 发布时间) from the tables below.

Pages ``tests/dev/texts/fm*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 从化区 site's ``二〇二二年一月从化大事记`` (``来源:本网 发布时间:2022-03-29``,
day entries ``7日　…``) and the 安庆 ``2022年7月大事记`` (published 2023-04-19, entries ``1日``, ``是日``, ``2—9日``); the 长子县
paper's ``要闻简报`` (◆ items dated 9月23日 … 9月27日 around 中秋、国庆); the 黔东南日报 ● items; the 乳源 site (``9月30日，县委书记…
带队…调研国庆、中秋节期间文旅工作…县领导…参加调研``); the 房县新闻网 (``房县新闻网讯 记者 … 报道：9月30日…国庆期间安全生产``);
the 罗田 news page (``2021-10-04 18:19   赵坦``, ``检查国庆期间值班值守``, ``县委副书记、代理县长``); the 秀山网 page (``明天就是
國慶佳節``, dated only against its stamp); the 南澳 page (``来源:南澳县融媒体中心`` and a list of other pages' dates under it);
the 宁海新闻网 重阳 page (``宁海新闻网 2014-10-01 08:45``, ``昨日上午，县委书记…``); two 闽南网 东山 pages (``10月10日讯…10月9日``
and one dated only ``近日``); the 焦作日报 温县 春节 item (``本报讯 新春佳节即将来临…2月9日至11日``, ``(徐少波 周帅)``); a
jschina 春节 走访慰问 page and a 舞阳 page (``2月 2日，县委常委、组织部长…``); the 阜城 page (``来源:阜城宣传 | 作者: | 发布时间:
2021-01-06 | 668 次浏览: | 分享到:``); the 博爱 page (``受县委书记…委托，县委副书记、县长…主持召开…常委会会议``, ``(朱亚旭 李得胜)``);
the 蓝田 安全部署 page (``陕公网安备``). Places are real and new to the corpus: 安徽 黄山市 (歙县, 黟县; the 黄山市 site and the
黄山日报), 河北 邢台市 (隆尧县, 柏乡县; the 邢台日报), 湖南 郴州市 (临武县, 嘉禾县; the 郴州市 site).

Shapes (one date trap each): the 黄山市 site's 专题 page republishing in May 2024 a 歙县 article of May 2023, with
``（本文转载自…，原发布时间：2023-05-17 08:30）`` and a ``原标题：《…》`` line, the body dated only ``5月16日`` (fm01); a 歙县 site
page dated only ``春节前夕`` (fm02); the 黟县 ``大事记（2023年10月）`` with entries ``★国庆期间``, ``★10月9日``, ``★重阳节前夕``,
``★是月`` (fm03); the 黄山日报 第02版 (Friday 2024-06-14) of two articles dated ``上周三`` and ``本月初`` (fm04); a 隆尧县 site
page with no 发布时间 (only ``3月14日`` and ``全县2023年第一批重点项目`` date it; the 相关新闻 links carry other dates) and a
``当天下午`` 调度会 (fm05); the 邢台日报 第05版 (2023-09-28) of two articles dated ``昨日`` and ``日前``, with a 本版导读 (fm06); a
柏乡县 site page stamped ``2023.05.06`` with the event name ``“5·12”`` and a caption ``摄于23年5月5日`` (fm07); a 临武县 site page
dated only ``国庆期间`` with three leaders' 检查 (fm08); a 嘉禾县 site page dated ``近日`` (fm09); the 郴州市 site reposting two
days later a 嘉禾县 article dated ``昨日上午`` whose 来源 line carries the original date ``（2023-11-08）`` (fm10).

Identity cases:
- fm:汪景程: 歙县委副书记、县长 on 2023-05-16 (fm01, a page republished in 2024: its posts are of 2023) → 歙县委书记 in
  2024-02 and 2024-06 (fm02, fm04).
- fm:孙启鸣: 黟县委常委、常务副县长 in 2023-10 (fm03) → 歙县委副书记、县长 in 2024-02 and 2024-06 (fm02, fm04).
- fm:雷振钧: 临武县委常委、常务副县长 in 2022-10 (fm08) → 嘉禾县委副书记、县长 in 2023-06 and 2023-11 (fm09, fm10).
- fm:郄振东: 隆尧县委书记 in 2023-03 (fm05) → 邢台市委常委、隆尧县委书记 in 2023-09 (fm06): the county post kept, the city's
  常委 new.
- the same officials on two pages: fm:方若琳 (歙县副县长, 2023 and 2024), fm:舒佩华 / fm:胡晓芸 (黟县委书记 / 县长, 2023 and
  2024), fm:查文柏 (黄山市委常委、副市长, 2023 and 2024), fm:尚文韬 / fm:路海宁 (隆尧县长 / 常务副县长), fm:冯雅静 (柏乡县长),
  fm:肖定邦 (嘉禾县委书记, named without a title in fm09's 相关文章 link: a mention only).
- two different 程立勋 in unrelated places: fm:程立勋#1 is 歙县应急管理局局长 (安徽, fm01); fm:程立勋#2 is 柏乡县副县长 (河北,
  fm06, fm07).
- one organ name of several places: bare ``县应急管理局`` is 歙县's (fm01, fm02), 柏乡县's (fm07), 临武县's (fm08) and 黟县's
  (fm03); bare ``市委常委、副市长`` is 黄山市's (fm03, fm04) and 郴州市's (fm10); bare ``县委`` / ``县长`` are the page's county
  (the 黄山市 site's fm01 = 歙县, its 来源).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts l, df, x, ei where they speak; decided here where they are silent):
- DECIDED HERE (year-later 转载, fm01): ``publication_year`` and the stamp are those of the page we hold (2024-05-20); the
  article, its event and its posts are dated by the original: ``5月16日`` of 2023 (``原发布时间：2023-05-17``, ``今年入汛以来``).
  The ``原标题：《…》`` line is a credit line like 来源 (as the WeChat-repost part decided), not a second headline; the
  ``（本文转载自…）`` line and the 相关链接 list are chrome.
- DECIDED HERE (repost with the original date in 来源, fm10): ``昨日上午`` is the day before the original's date in
  ``信息来源：嘉禾县融媒体中心（2023-11-08）`` → 2023-11-07, not the day before the repost's 发布时间 (2023-11-10).
- Relative dates (as l, df): ``昨日`` → the day before the edition date (fm06: 2023-09-27); ``上周三`` against the edition
  date (Friday 2024-06-14 → 2024-06-05); ``日前``, ``近日`` → the stamp's month (fm06 2023-09, fm09 2023-06). DECIDED HERE:
  ``本月初`` → the edition's month (2024-06); ``当天下午`` (fm05) is the lead's day.
- DECIDED HERE (festival with no day): ``春节前夕`` (fm02) and ``国庆期间`` (fm08) are date_text as written, inferred to the
  stamp's month (2024-02, 2022-10) as 近日 is; in the 大事记 the entries ``国庆期间`` and ``重阳节前夕`` keep that wording as
  their events' date_text.
- 大事记 (as x02): one article dated by its month (``2023年10月``, inferred 2023-10), each entry's event dated as written.
- DECIDED HERE (no 发布时间, fm05): the stamp evidence is the body's dating phrase ``全县2023年第一批重点项目开复工情况``; the
  dates of the 相关新闻 links date nothing of the page.
- DECIDED HERE (fm07): the stamp ``2023.05.06`` is the page's date; ``“5·12”`` names the 防灾减灾日 (no date of the page or
  of the event); the caption ``摄于23年5月5日`` agrees with the lead ``5月5日上午``.
- DECIDED HERE (fm06): the 本版导读 lines are chrome (as dz); each article starts at its title.
- Bare organs take the page's county (the article's 来源 county on the 黄山市 and 郴州市 sites); ``市委常委、副市长`` → the
  city's 市委 常委 + 市政府 副市长; ``歙县县委书记`` → 歙县委 书记; ``市委常委、隆尧县委书记`` → 邢台市委 常委 + 隆尧县委 书记;
  ``镇党委书记`` after ``在深渡镇`` / ``在塘村镇`` → that town's 党委 with the county label (歙县深渡镇党委, 嘉禾县塘村镇党委).
  One line per post per article (a 大事记 is one article).
- Events: 调研 / 检查 / 督导 are inspections (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 speakers);
  each leader's group on a 走访慰问 page is a ``visit (走访慰问)`` of its own (as ei); each leader's group on the fm08 国庆
  page is an inspection of its own; meetings with chair (主持), 出席 attendees. The visited 老党员 (洪德顺) is a person of type
  ``resident`` with no post (as ei).
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent lines; ``（歙县融媒体中心　…）`` and ``作者：`` author lines;
  编辑 / 责任编辑 / 审核 / 本版责编 / 版式 / 美编 editor lines.
- Projects: works inspected or reported, named as written with their place prefix: 防洪堤加固, 山塘除险加固 and 河道综合治理
  ``engineering_work``; 码头, 污水处理, 管网 works ``infrastructure_project``; a 冷链物流中心 ``logistics_hub``; an 产业园 phase
  ``industrial_park``; a 生态修复工程 ``greening_project``; others ``project``. A 燃气储配站 inspected for safety is no project.
- Places: one line per name per file, as written; places in titles, organ references and project names count; site lines,
  breadcrumbs, 来源 / 原标题 / 转载 lines, 本版导读, 相关链接 / 相关新闻 / 相关文章, 上一篇 / 下一篇, credit lines and footers
  are not annotated. DECIDED HERE: ``宏村、西递景区`` gives 宏村 and 西递 as ``scenic_area``; ``钟水河嘉禾段`` / ``武水河临武段`` give 嘉禾 /
  临武 (the county written bare) in_project_name.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

SX, YX, HS = "歙县", "黟县", "黄山市"
LY, BX, XT = "隆尧县", "柏乡县", "邢台市"
LW, JH, CZ = "临武县", "嘉禾县", "郴州市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fm01_shexian.txt": (2024, "发布时间：2024-05-20 15:42", SX, [
        ("汪景程到深渡镇、北岸镇调研新安江沿岸防汛和生态保护工作", "5月16日", "2023-05-16", "5月16日，县委副书记",
         "city site 专题 page republishing (2024-05-20) a 歙县 article of 2023-05-17: the 县长's 调研; 原标题 line; the posts are of 2023")]),
    "fm02_shexian.txt": (2024, "发布时间：2024-02-06 17:05", SX, [
        ("县领导春节前夕走访慰问困难群众和一线干部职工", "春节前夕", "2024-02", "新春佳节即将来临",
         "county site: 春节前夕 visits of the 县委书记 (汪景程, now) and the 县长 (孙启鸣, now); no day written")]),
    "fm03_yixian.txt": (2023, "发布时间：2023-11-15 10:20", YX, [
        ("黟县大事记（2023年10月）", "2023年10月", "2023-10", "★国庆期间",
         "county 大事记: entries 国庆期间, 10月9日, 10月12日, 10月17日, 重阳节前夕, 10月26日, 是月")]),
    "fm04_huangshan.txt": (2024, "2024年6月14日　星期五", HS, [
        ("查文柏到歙县调研文旅融合和重点项目建设", "上周三", "2024-06-05", "本报讯（记者 胡嘉树）上周三",
         "city paper (Friday edition): 副市长's 调研 dated 上周三; 歙县 书记 汪景程 and 县长 孙启鸣"),
        ("黟县部署防汛和“双抢”工作", "本月初", "2024-06", "本报讯（通讯员 汪敏）本月初",
         "city paper: a 黟县 工作会议 dated 本月初")]),
    "fm05_longyao.txt": (2023, "全县2023年第一批重点项目开复工情况", LY, [
        ("郄振东调研重点项目开复工情况", "3月14日", "2023-03-14", "3月14日，县委书记郄振东",
         "county site with no 发布时间: the 县委书记's 调研 and the 县长's 调度会 of 当天下午; dated links in 相关新闻")]),
    "fm06_xingtai.txt": (2023, "2023年9月28日　星期四", XT, [
        ("郄振东督导隆尧县秋收秋种和节日安全生产工作", "昨日", "2023-09-27", "本报讯（记者 周宇航 通讯员 李思琪）昨日",
         "city paper: 督导 dated 昨日; 郄振东 now 市委常委、隆尧县委书记"),
        ("柏乡县召开重点项目建设推进会", "日前", "2023-09", "本报讯（通讯员 张书瑶）日前",
         "city paper: 柏乡 推进会 dated 日前; 副县长 程立勋#2")]),
    "fm07_baixiang.txt": (2023, "发布时间：2023.05.06", BX, [
        ("冯雅静带队检查防灾减灾和安全生产工作", "5月5日上午", "2023-05-05", "为迎接第15个全国防灾减灾日",
         "county site, stamp 2023.05.06: the 县长's 检查 before “5·12”; caption 摄于23年5月5日; 副县长 程立勋#2")]),
    "fm08_linwu.txt": (2022, "发布时间：2022-10-06 18:20", LW, [
        ("县领导国庆期间督导检查值班值守和安全生产工作", "国庆期间", "2022-10", "国庆期间，县委书记邝永康",
         "county site: three leaders' 检查 dated only 国庆期间; 雷振钧 常务副县长 (2022)")]),
    "fm09_jiahe.txt": (2023, "发布日期：2023-06-21", JH, [
        ("雷振钧调研防汛备汛和早稻生产工作", "近日", "2023-06", "近日，县委副书记",
         "county site: the 县长's 调研 dated 近日; 雷振钧 now 嘉禾县长; 县委书记 named in a link only")]),
    "fm10_chenzhou.txt": (2023, "发布时间：2023-11-10 09:12", JH, [
        ("阮书衡到嘉禾县调研铸造产业转型升级工作", "昨日上午", "2023-11-07", "昨日上午，市委常委",
         "city site repost of a 嘉禾 article of 2023-11-08 (来源 line): 副市长's 调研 dated 昨日上午 against the original")]),
}

_F01W = "县委副书记、县长汪景程到深渡镇、北岸镇调研"
_F01F = "副县长方若琳，县应急管理局局长程立勋陪同调研"
_F02 = "县委书记汪景程，县委副书记、县长孙启鸣分别带队"
_F04S = "县委副书记、县长孙启鸣陪同调研"
_F05L = "县委常委、常务副县长路海宁，县发展和改革局局长唐世杰陪同调研"
_F06Q = "市委常委、隆尧县委书记郄振东到大张庄镇"
_F06S = "县委副书记、县长尚文韬，县委常委、常务副县长路海宁陪同督导"
_F07C = "副县长程立勋，县应急管理局局长耿少华陪同检查"
_F08 = "县委书记邝永康，县委副书记、县长谭雪峰，县委常委、常务副县长雷振钧分别带队"
_F09D = "副县长邓婉仪，县水利局局长尹崇文陪同调研"
_F10 = "县委书记肖定邦，县委副书记、县长雷振钧陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 黄山: 歙县, 黟县, the city
    "fm:汪景程": ("汪景程", "official", SX, [
        ("fm01", f"{SX}委", "副书记", _F01W, "2023-05-16: the republished page's article date, not its 2024 stamp (identity case: 县委书记 in 2024)"),
        ("fm01", f"{SX}政府", "县长", _F01W, None),
        ("fm02", f"{SX}委", "书记", _F02, "2024-02: now 县委书记"),
        ("fm04", f"{SX}委", "书记", "歙县县委书记汪景程", "2024-06")], []),
    "fm:方若琳": ("方若琳", "official", SX, [
        ("fm01", f"{SX}政府", "副县长", _F01F, "2023-05"),
        ("fm02", f"{SX}政府", "副县长", "副县长方若琳参加慰问", "2024-02")], []),
    "fm:程立勋#1": ("程立勋", "official", SX, [
        ("fm01", f"{SX}应急管理局", "局长", _F01F, "安徽 歙县; bare 县应急管理局 = 歙县's; not the 程立勋 of 柏乡县 (河北, fm06, fm07)")], []),
    "fm:鲍志航": ("鲍志航", "official", SX, [
        ("fm01", f"{SX}深渡镇党委", "书记", "在深渡镇，镇党委书记鲍志航汇报了", None)], []),
    "fm:孙启鸣": ("孙启鸣", "official", HS, [
        ("fm03", f"{YX}委", "常委", "县委常委、常务副县长孙启鸣陪同检查", "2023-10: 黟县 (identity case: 歙县长 in 2024)"),
        ("fm03", f"{YX}政府", "常务副县长", "县委常委、常务副县长孙启鸣陪同检查", None),
        ("fm02", f"{SX}委", "副书记", _F02, "2024-02: now 歙县委副书记、县长"),
        ("fm02", f"{SX}政府", "县长", _F02, None),
        ("fm04", f"{SX}委", "副书记", _F04S, "2024-06: after 歙县县委书记 = 歙县's"),
        ("fm04", f"{SX}政府", "县长", _F04S, None)], []),
    "fm:江慕云": ("江慕云", "official", SX, [
        ("fm02", f"{SX}委", "常委", "县委常委、组织部部长江慕云参加慰问", None),
        ("fm02", f"{SX}委组织部", "部长", "县委常委、组织部部长江慕云参加慰问", None)], []),
    "fm:洪德顺": ("洪德顺", "resident", SX, [], ["fm02"]),
    "fm:舒佩华": ("舒佩华", "official", YX, [
        ("fm03", f"{YX}委", "书记", "县委书记舒佩华到宏村、西递景区检查", "2023-10; one line for the 大事记's two entries"),
        ("fm04", f"{YX}委", "书记", "县委书记舒佩华出席会议并讲话", "2024-06")], []),
    "fm:胡晓芸": ("胡晓芸", "official", YX, [
        ("fm03", f"{YX}委", "副书记", "县委副书记、县长胡晓芸等县委常委出席会议", "2023-10"),
        ("fm03", f"{YX}政府", "县长", "县委副书记、县长胡晓芸等县委常委出席会议", None),
        ("fm04", f"{YX}委", "副书记", "县委副书记、县长胡晓芸主持会议", "2024-06"),
        ("fm04", f"{YX}政府", "县长", "县委副书记、县长胡晓芸主持会议", None)], []),
    "fm:查文柏": ("查文柏", "official", HS, [
        ("fm03", f"{HS}委", "常委", "市委常委、副市长查文柏来我县调研", "2023-10: bare 市委 on the 黟县 site = 黄山市委"),
        ("fm03", f"{HS}政府", "副市长", "市委常委、副市长查文柏来我县调研", None),
        ("fm04", f"{HS}委", "常委", "市委常委、副市长查文柏到歙县调研", "2024-06: the 黄山日报"),
        ("fm04", f"{HS}政府", "副市长", "市委常委、副市长查文柏到歙县调研", None)], []),
    "fm:余振邦": ("余振邦", "official", YX, [
        ("fm03", f"{YX}人大常委会", "主任", "县人大常委会主任余振邦主持会议", None)], []),
    "fm:汪晴": ("汪晴", "official", YX, [
        ("fm03", f"{YX}政府", "副县长", "副县长汪晴受县政府委托作报告", None)], []),
    "fm:戴文韬": ("戴文韬", "official", YX, [
        ("fm03", f"{YX}民政局", "局长", "县民政局局长戴文韬陪同", None)], []),
    # ---- 邢台: 隆尧县, 柏乡县
    "fm:郄振东": ("郄振东", "official", LY, [
        ("fm05", f"{LY}委", "书记", "县委书记郄振东深入魏家庄镇", "2023-03-14 (identity case: also 邢台市委常委 in 2023-09)"),
        ("fm06", f"{XT}委", "常委", _F06Q, "2023-09-27: new 市委常委 post; the county post kept"),
        ("fm06", f"{LY}委", "书记", _F06Q, None)], []),
    "fm:路海宁": ("路海宁", "official", LY, [
        ("fm05", f"{LY}委", "常委", _F05L, "2023-03"),
        ("fm05", f"{LY}政府", "常务副县长", _F05L, None),
        ("fm06", f"{LY}委", "常委", _F06S, "2023-09"),
        ("fm06", f"{LY}政府", "常务副县长", _F06S, None)], []),
    "fm:唐世杰": ("唐世杰", "official", LY, [
        ("fm05", f"{LY}发展和改革局", "局长", _F05L, "as written (县发展和改革局)")], []),
    "fm:尚文韬": ("尚文韬", "official", LY, [
        ("fm05", f"{LY}委", "副书记", "县委副书记、县长尚文韬主持召开重点项目建设调度会", "2023-03; also named without a title in a 相关新闻 link"),
        ("fm05", f"{LY}政府", "县长", "县委副书记、县长尚文韬主持召开重点项目建设调度会", None),
        ("fm06", f"{LY}委", "副书记", _F06S, "2023-09"),
        ("fm06", f"{LY}政府", "县长", _F06S, None)], []),
    "fm:贾立峰": ("贾立峰", "official", BX, [
        ("fm06", f"{BX}委", "书记", "县委书记贾立峰出席会议并讲话", "bare 县委 in the 柏乡 article")], []),
    "fm:冯雅静": ("冯雅静", "official", BX, [
        ("fm07", f"{BX}委", "副书记", "县委副书记、县长冯雅静带队检查", "2023-05"),
        ("fm07", f"{BX}政府", "县长", "县委副书记、县长冯雅静带队检查", None),
        ("fm06", f"{BX}委", "副书记", "县委副书记、县长冯雅静主持会议", "2023-09"),
        ("fm06", f"{BX}政府", "县长", "县委副书记、县长冯雅静主持会议", None)], []),
    "fm:程立勋#2": ("程立勋", "official", BX, [
        ("fm07", f"{BX}政府", "副县长", _F07C, "河北 柏乡县, 2023-05; not the 程立勋 of 歙县 (安徽, fm01)"),
        ("fm06", f"{BX}政府", "副县长", "副县长程立勋通报了", "2023-09")], []),
    "fm:耿少华": ("耿少华", "official", BX, [
        ("fm07", f"{BX}应急管理局", "局长", _F07C, "bare 县应急管理局 = 柏乡县's here, 歙县's in fm01, 临武县's in fm08")], []),
    # ---- 郴州: 临武县, 嘉禾县
    "fm:邝永康": ("邝永康", "official", LW, [
        ("fm08", f"{LW}委", "书记", _F08, None)], []),
    "fm:谭雪峰": ("谭雪峰", "official", LW, [
        ("fm08", f"{LW}委", "副书记", _F08, None),
        ("fm08", f"{LW}政府", "县长", _F08, None)], []),
    "fm:雷振钧": ("雷振钧", "official", CZ, [
        ("fm08", f"{LW}委", "常委", _F08, "2022-10: 临武县 (identity case: 嘉禾县长 in 2023)"),
        ("fm08", f"{LW}政府", "常务副县长", _F08, None),
        ("fm09", f"{JH}委", "副书记", "县委副书记、县长雷振钧到塘村镇、袁家镇调研", "2023-06 (近日): now 嘉禾县"),
        ("fm09", f"{JH}政府", "县长", "县委副书记、县长雷振钧到塘村镇、袁家镇调研", None),
        ("fm10", f"{JH}委", "副书记", _F10, "2023-11-07"),
        ("fm10", f"{JH}政府", "县长", _F10, None)], []),
    "fm:邝俊杰": ("邝俊杰", "official", LW, [
        ("fm08", f"{LW}应急管理局", "局长", "县应急管理局局长邝俊杰汇报了", None)], []),
    "fm:邓婉仪": ("邓婉仪", "official", JH, [
        ("fm09", f"{JH}政府", "副县长", _F09D, None)], []),
    "fm:尹崇文": ("尹崇文", "official", JH, [
        ("fm09", f"{JH}水利局", "局长", _F09D, None)], []),
    "fm:黄克勤": ("黄克勤", "official", JH, [
        ("fm09", f"{JH}塘村镇党委", "书记", "在塘村镇，镇党委书记黄克勤汇报了", None)], []),
    "fm:肖定邦": ("肖定邦", "official", JH, [
        ("fm10", f"{JH}委", "书记", _F10, "2023-11; in fm09 only in a 相关文章 link, no title")], ["fm09"]),
    "fm:阮书衡": ("阮书衡", "official", CZ, [
        ("fm10", f"{CZ}委", "常委", "市委常委、副市长阮书衡到嘉禾县调研", "bare 市委 on the 郴州市 site"),
        ("fm10", f"{CZ}政府", "副市长", "市委常委、副市长阮书衡到嘉禾县调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fm01", "汪雨桐", "编辑", "editor", "编辑：汪雨桐"),
    ("fm01", "项明哲", "审核", "editor", "审核：项明哲"),
    ("fm02", "胡静雯", "供稿", "author", "（歙县融媒体中心　胡静雯）"),
    ("fm02", "郭一鸣", "责任编辑", "editor", "责任编辑：郭一鸣"),
    ("fm03", "闻浩", "责任编辑", "editor", "责任编辑：闻浩"),
    ("fm04", "胡嘉树", "记者", "reporter", "本报讯（记者 胡嘉树）"),
    ("fm04", "汪敏", "通讯员", "correspondent", "本报讯（通讯员 汪敏）"),
    ("fm04", "程霞", "本版责编", "editor", "本版责编：程霞"),
    ("fm04", "卢秀峰", "版式", "editor", "版式：卢秀峰"),
    ("fm05", "王亚宁", "作者", "author", "作者：王亚宁"),
    ("fm06", "周宇航", "记者", "reporter", "本报讯（记者 周宇航 通讯员 李思琪）"),
    ("fm06", "李思琪", "通讯员", "correspondent", "本报讯（记者 周宇航 通讯员 李思琪）"),
    ("fm06", "张书瑶", "通讯员", "correspondent", "本报讯（通讯员 张书瑶）"),
    ("fm06", "刘雅楠", "责任编辑", "editor", "责任编辑：刘雅楠"),
    ("fm06", "黄玉婷", "美编", "editor", "美编：黄玉婷"),
    ("fm07", "杜雨萌", "责任编辑", "editor", "责任编辑：杜雨萌"),
    ("fm07", "曹立华", "审核", "editor", "审核：曹立华"),
    ("fm08", "邝晓燕", "作者", "author", "作者：邝晓燕"),
    ("fm08", "廖芷晴", "编辑", "editor", "编辑：廖芷晴"),
    ("fm08", "侯蔚然", "审核", "editor", "审核：侯蔚然"),
    ("fm10", "何婉茹", "供稿", "author", "（嘉禾县融媒体中心　何婉茹）"),
    ("fm10", "邝梦", "责任编辑", "editor", "责任编辑：邝梦"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fm01", "深渡镇、北岸镇新安江沿岸防汛备汛和生态保护调研", "inspection (调研)", "5月16日", None, "汪景程", [],
     ["方若琳", "程立勋"], ["鲍志航", "程立勋", "汪景程", "方若琳"], "深渡镇、北岸镇",
     "县委副书记、县长汪景程到深渡镇、北岸镇调研新安江沿岸防汛备汛和生态保护工作",
     ["县长汪景程到深渡镇、北岸镇调研", "县应急管理局局长程立勋陪同调研", "镇党委书记鲍志航汇报了", "程立勋介绍了",
      "汪景程指出", "方若琳要求"]),
    ("fm02", "汪景程春节前夕走访慰问困难群众、老党员和节日值班人员", "visit (走访慰问)", "春节前夕", None, "汪景程", [],
     ["江慕云"], ["汪景程"], "徽城镇、雄村镇",
     "汪景程一行先后来到徽城镇、雄村镇，走进困难群众和老党员家中",
     ["汪景程一行先后来到徽城镇、雄村镇", "汪景程要求", "组织部部长江慕云参加慰问"]),
    ("fm02", "孙启鸣春节前夕走访慰问困难群众和节前安全生产检查", "visit (走访慰问)", "春节前夕", None, "孙启鸣", [],
     ["方若琳"], ["孙启鸣"], "郑村镇、富堨镇",
     "孙启鸣一行先后来到郑村镇、富堨镇，看望慰问低保户、独居老人和困难职工",
     ["孙启鸣一行先后来到郑村镇、富堨镇", "孙启鸣指出", "副县长方若琳参加慰问"]),
    ("fm03", "国庆期间宏村、西递景区旅游安全和服务保障检查", "inspection (检查)", "国庆期间", None, "舒佩华", [],
     ["孙启鸣"], [], "宏村、西递景区",
     "县委书记舒佩华到宏村、西递景区检查节日旅游安全和服务保障工作",
     ["县委书记舒佩华到宏村、西递景区检查", "常务副县长孙启鸣陪同检查"]),
    ("fm03", "县委常委会会议", "meeting (县委常委会会议)", "10月9日", "舒佩华", None, ["黟县委"],
     ["胡晓芸"], [], None,
     "县委书记舒佩华主持召开县委常委会会议",
     ["县委书记舒佩华主持召开县委常委会会议", "县长胡晓芸等县委常委出席会议"]),
    ("fm03", "徽州古建筑保护利用工作调研", "inspection (调研)", "10月12日", None, "查文柏", [],
     ["胡晓芸"], [], "黟县",
     "市委常委、副市长查文柏来我县调研徽州古建筑保护利用工作",
     ["副市长查文柏来我县调研", "县长胡晓芸陪同调研"]),
    ("fm03", "县十八届人大常委会第十四次会议", "session (人大常委会会议)", "10月17日", "余振邦", None, ["黟县人大常委会"],
     [], ["汪晴"], None,
     "县十八届人大常委会举行第十四次会议",
     ["县人大常委会主任余振邦主持会议", "副县长汪晴受县政府委托作报告"]),
    ("fm03", "重阳节前夕看望慰问高龄老人", "visit (走访慰问)", "重阳节前夕", None, "胡晓芸", [],
     ["戴文韬"], [], "县社会福利中心、宏村镇",
     "县委副书记、县长胡晓芸到县社会福利中心和宏村镇看望慰问高龄老人",
     ["县长胡晓芸到县社会福利中心和宏村镇看望慰问", "县民政局局长戴文韬陪同"]),
    ("fm03", "全县秋冬季森林防灭火工作会议", "meeting (工作会议)", "10月26日", "孙启鸣", None, [],
     [], [], None,
     "县委常委、常务副县长孙启鸣主持召开全县秋冬季森林防灭火工作会议",
     ["常务副县长孙启鸣主持召开全县秋冬季森林防灭火工作会议"]),
    ("fm04", "歙县文旅融合发展和重点项目建设调研", "inspection (调研)", "上周三", None, "查文柏", [],
     ["汪景程", "孙启鸣"], ["孙启鸣", "查文柏", "汪景程"], "歙县",
     "市委常委、副市长查文柏到歙县调研文旅融合发展和重点项目建设工作",
     ["副市长查文柏到歙县调研", "歙县县委书记汪景程", "县长孙启鸣陪同调研", "孙启鸣介绍了", "查文柏指出", "汪景程表示"]),
    ("fm04", "黟县防汛抗旱暨夏收夏种工作会议", "meeting (工作会议)", "本月初", "胡晓芸", None, ["黟县"],
     ["舒佩华"], ["舒佩华", "胡晓芸"], None,
     "黟县召开防汛抗旱暨夏收夏种工作会议",
     ["县委书记舒佩华出席会议并讲话", "县长胡晓芸主持会议", "舒佩华强调", "胡晓芸要求"]),
    ("fm05", "全县2023年第一批重点项目开复工情况调研", "inspection (调研)", "3月14日", None, "郄振东", [],
     ["路海宁", "唐世杰"], ["郄振东"], "魏家庄镇、尹村镇、山口镇",
     "县委书记郄振东深入魏家庄镇、尹村镇、山口镇，实地调研全县2023年第一批重点项目开复工情况",
     ["县委书记郄振东深入魏家庄镇", "常务副县长路海宁", "局长唐世杰陪同调研", "郄振东指出"]),
    ("fm05", "重点项目建设调度会", "meeting (调度会)", "当天下午", "尚文韬", None, [],
     [], ["路海宁", "唐世杰", "尚文韬"], None,
     "县委副书记、县长尚文韬主持召开重点项目建设调度会",
     ["县长尚文韬主持召开重点项目建设调度会", "路海宁通报了", "唐世杰就项目用地", "尚文韬要求"]),
    ("fm06", "隆尧县秋收秋种和“双节”期间安全生产督导", "inspection (督导)", "昨日", None, "郄振东", [],
     ["尚文韬", "路海宁"], ["郄振东", "尚文韬"], "大张庄镇、固城镇",
     "市委常委、隆尧县委书记郄振东到大张庄镇、固城镇督导秋收秋种和中秋国庆“双节”期间安全生产工作",
     ["隆尧县委书记郄振东到大张庄镇、固城镇督导", _F06S, "郄振东强调", "尚文韬表示"]),
    ("fm06", "柏乡县重点项目建设推进会", "meeting (推进会)", "日前", "冯雅静", None, ["柏乡县"],
     ["贾立峰"], ["程立勋", "贾立峰"], None,
     "日前，柏乡县召开重点项目建设推进会",
     ["县委书记贾立峰出席会议并讲话", "县长冯雅静主持会议", "副县长程立勋通报了", "贾立峰强调"]),
    ("fm07", "防灾减灾和安全生产检查", "inspection (检查)", "5月5日上午", None, "冯雅静", [],
     ["程立勋", "耿少华"], ["耿少华", "冯雅静", "程立勋"], "固城店镇、西汪镇、柏乡县汉牡丹园",
     "县委副书记、县长冯雅静带队检查全县防灾减灾和安全生产工作",
     ["县长冯雅静带队检查", "局长耿少华陪同检查", "耿少华汇报了", "冯雅静强调", "程立勋要求"]),
    ("fm08", "国庆期间值班值守和应急准备检查（邝永康）", "inspection (检查)", "国庆期间", None, "邝永康", [],
     [], ["邝俊杰", "邝永康"], "舜峰镇",
     "邝永康一行先后来到舜峰镇、县应急管理局和县人民医院，检查值班值守和应急准备情况",
     ["邝永康一行先后来到舜峰镇", "局长邝俊杰汇报了", "邝永康强调"]),
    ("fm08", "国庆期间在建工程和集镇市场安全检查（谭雪峰）", "inspection (检查)", "国庆期间", None, "谭雪峰", [],
     [], ["谭雪峰"], "汾市镇、武水镇",
     "谭雪峰一行来到汾市镇、武水镇，实地察看武水河临武段综合治理工程和集镇农贸市场",
     ["谭雪峰一行来到汾市镇、武水镇", "谭雪峰要求"]),
    ("fm08", "国庆期间项目安全生产检查（雷振钧）", "inspection (检查)", "国庆期间", None, "雷振钧", [],
     [], ["雷振钧"], "麦市镇",
     "雷振钧一行来到麦市镇和临武县城东污水处理厂二期工程施工现场",
     ["雷振钧一行来到麦市镇"]),
    ("fm09", "防汛备汛和早稻生产调研", "inspection (调研)", "近日", None, "雷振钧", [],
     ["邓婉仪", "尹崇文"], ["黄克勤", "尹崇文", "雷振钧", "邓婉仪"], "塘村镇、袁家镇",
     "县委副书记、县长雷振钧到塘村镇、袁家镇调研防汛备汛和早稻生产工作",
     ["县长雷振钧到塘村镇、袁家镇调研", "局长尹崇文陪同调研", "镇党委书记黄克勤汇报了", "尹崇文介绍了", "雷振钧指出", "邓婉仪要求"]),
    ("fm10", "嘉禾县铸造产业转型升级调研", "inspection (调研)", "昨日上午", None, "阮书衡", [],
     ["肖定邦", "雷振钧"], ["雷振钧", "阮书衡", "肖定邦"], "嘉禾县",
     "市委常委、副市长阮书衡到嘉禾县调研铸造产业转型升级工作",
     ["副市长阮书衡到嘉禾县调研", "县长雷振钧陪同调研", "雷振钧汇报了", "阮书衡指出", "肖定邦表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fm01", "深渡镇新安江防洪堤加固工程", "engineering_work", "先后来到深渡镇新安江防洪堤加固工程"),
    ("fm01", "深渡港客运码头改造工程", "infrastructure_project", "深渡港客运码头改造工程和"),
    ("fm01", "北岸镇污水处理设施提标改造项目", "infrastructure_project", "北岸镇污水处理设施提标改造项目现场"),
    ("fm02", "富堨镇农贸市场改造项目", "project", "富堨镇农贸市场改造项目现场"),
    ("fm03", "西递镇古民居保护利用示范项目", "project", "西递镇古民居保护利用示范项目"),
    ("fm03", "碧阳镇南屏村传统村落修缮工程", "project", "碧阳镇南屏村传统村落修缮工程"),
    ("fm04", "徽城镇渔梁街区保护利用工程", "project", "徽城镇渔梁街区保护利用工程"),
    ("fm04", "徽州古城文旅综合提升项目", "project", "徽州古城文旅综合提升项目和"),
    ("fm04", "深渡镇新安江山水画廊游船码头", "infrastructure_project", "深渡镇新安江山水画廊游船码头"),
    ("fm05", "隆尧县食品产业园冷链物流中心项目", "logistics_hub", "隆尧县食品产业园冷链物流中心项目建设现场"),
    ("fm05", "尹村镇高标准农田建设项目", "project", "尹村镇高标准农田建设项目区"),
    ("fm05", "尧山生态修复工程", "greening_project", "尧山生态修复工程"),
    ("fm06", "隆尧县天然气管网改造工程", "infrastructure_project", "隆尧县天然气管网改造工程施工现场"),
    ("fm06", "柏乡县汉牡丹园提质升级项目", "project", "柏乡县汉牡丹园提质升级项目"),
    ("fm06", "西汪镇生物质热电联产项目", "project", "西汪镇生物质热电联产项目进展顺利"),
    ("fm07", "西汪镇生物质热电联产项目", "project", "西汪镇生物质热电联产项目建设工地"),
    ("fm08", "武水河临武段综合治理工程", "engineering_work", "武水河临武段综合治理工程"),
    ("fm08", "临武县城东污水处理厂二期工程", "infrastructure_project", "临武县城东污水处理厂二期工程施工现场"),
    ("fm09", "钟水河嘉禾段综合治理工程", "engineering_work", "先后来到钟水河嘉禾段综合治理工程"),
    ("fm09", "塘村镇双江口山塘除险加固工程", "engineering_work", "塘村镇双江口山塘除险加固工程"),
    ("fm09", "袁家镇早稻种植示范基地", "project", "袁家镇早稻种植示范基地"),
    ("fm10", "嘉禾县铸造产业园三期", "industrial_park", "嘉禾县铸造产业园三期标准厂房建设现场"),
    ("fm10", "行廊镇铸锻造企业集中整治区", "project", "行廊镇铸锻造企业集中整治区"),
    ("fm10", "珠泉镇铸造产业公共服务中心", "project", "珠泉镇铸造产业公共服务中心"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fm01", "深渡镇", "town", "standalone", "到深渡镇、北岸镇调研新安江沿岸"),
    ("fm01", "北岸镇", "town", "standalone", "到深渡镇、北岸镇调研新安江沿岸"),
    ("fm01", "新安江", "river", "standalone", "新安江是黄山的母亲河"),
    ("fm01", "黄山", "city", "standalone", "新安江是黄山的母亲河"),
    ("fm01", "歙县", "county", "standalone", "歙县境内干流沿线人口密集"),
    ("fm01", "深渡港", "port", "in_project_name", "深渡港客运码头改造工程和"),
    ("fm02", "徽城镇", "town", "standalone", "先后来到徽城镇、雄村镇"),
    ("fm02", "雄村镇", "town", "standalone", "先后来到徽城镇、雄村镇"),
    ("fm02", "郑村镇", "town", "standalone", "先后来到郑村镇、富堨镇"),
    ("fm02", "富堨镇", "town", "standalone", "先后来到郑村镇、富堨镇"),
    ("fm03", "宏村", "scenic_area", "standalone", "到宏村、西递景区检查"),
    ("fm03", "西递", "scenic_area", "standalone", "到宏村、西递景区检查"),
    ("fm03", "徽州", "region", "standalone", "调研徽州古建筑保护利用工作"),
    ("fm03", "西递镇", "town", "in_project_name", "西递镇古民居保护利用示范项目"),
    ("fm03", "碧阳镇", "town", "in_project_name", "碧阳镇南屏村传统村落修缮工程"),
    ("fm03", "南屏村", "village", "in_project_name", "碧阳镇南屏村传统村落修缮工程"),
    ("fm03", "宏村镇", "town", "standalone", "到县社会福利中心和宏村镇看望慰问"),
    ("fm03", "黟县", "county", "standalone", "黟县美溪乡入选第三批省级森林城镇"),
    ("fm03", "美溪乡", "township", "standalone", "黟县美溪乡入选第三批省级森林城镇"),
    ("fm04", "歙县", "county", "standalone", "副市长查文柏到歙县调研"),
    ("fm04", "徽城镇", "town", "in_project_name", "徽城镇渔梁街区保护利用工程"),
    ("fm04", "渔梁街区", "area", "in_project_name", "徽城镇渔梁街区保护利用工程"),
    ("fm04", "徽州古城", "heritage_site", "in_project_name", "徽州古城文旅综合提升项目和"),
    ("fm04", "深渡镇", "town", "in_project_name", "深渡镇新安江山水画廊游船码头"),
    ("fm04", "新安江山水画廊", "scenic_area", "standalone", "推动新安江山水画廊与古城联动发展"),
    ("fm04", "新安江", "river", "standalone", "推动新安江山水画廊与古城联动发展"),
    ("fm04", "黟县", "county", "standalone", "本月初，黟县召开"),
    ("fm04", "漳河", "river", "standalone", "盯紧漳河沿线"),
    ("fm05", "魏家庄镇", "town", "standalone", "深入魏家庄镇、尹村镇、山口镇"),
    ("fm05", "尹村镇", "town", "standalone", "深入魏家庄镇、尹村镇、山口镇"),
    ("fm05", "山口镇", "town", "standalone", "深入魏家庄镇、尹村镇、山口镇"),
    ("fm05", "隆尧县", "county", "in_project_name", "隆尧县食品产业园冷链物流中心项目建设现场"),
    ("fm05", "尧山", "mountain", "standalone", "让尧山早日披上绿装"),
    ("fm06", "隆尧县", "county", "standalone", "隆尧县将统筹抓好秋收秋种"),
    ("fm06", "大张庄镇", "town", "standalone", "到大张庄镇、固城镇督导"),
    ("fm06", "固城镇", "town", "standalone", "到大张庄镇、固城镇督导"),
    ("fm06", "柏乡县", "county", "standalone", "日前，柏乡县召开"),
    ("fm06", "汉牡丹园", "scenic_area", "in_project_name", "柏乡县汉牡丹园提质升级项目"),
    ("fm06", "西汪镇", "town", "in_project_name", "西汪镇生物质热电联产项目进展顺利"),
    ("fm07", "固城店镇", "town", "standalone", "先后来到固城店镇燃气储配站"),
    ("fm07", "西汪镇", "town", "in_project_name", "西汪镇生物质热电联产项目建设工地"),
    ("fm07", "柏乡县", "county", "standalone", "和柏乡县汉牡丹园"),
    ("fm07", "汉牡丹园", "scenic_area", "standalone", "在汉牡丹园，耿少华汇报了"),
    ("fm08", "舜峰镇", "town", "standalone", "先后来到舜峰镇"),
    ("fm08", "汾市镇", "town", "standalone", "来到汾市镇、武水镇"),
    ("fm08", "武水镇", "town", "standalone", "来到汾市镇、武水镇"),
    ("fm08", "武水河", "river", "in_project_name", "武水河临武段综合治理工程"),
    ("fm08", "临武", "county", "in_project_name", "武水河临武段综合治理工程"),
    ("fm08", "麦市镇", "town", "standalone", "来到麦市镇和临武县城东污水处理厂"),
    ("fm08", "临武县", "county", "in_project_name", "临武县城东污水处理厂二期工程施工现场"),
    ("fm09", "塘村镇", "town", "standalone", "到塘村镇、袁家镇调研"),
    ("fm09", "袁家镇", "town", "standalone", "到塘村镇、袁家镇调研"),
    ("fm09", "钟水河", "river", "in_project_name", "先后来到钟水河嘉禾段综合治理工程"),
    ("fm09", "嘉禾", "county", "in_project_name", "先后来到钟水河嘉禾段综合治理工程"),
    ("fm10", "嘉禾县", "county", "standalone", "到嘉禾县调研铸造产业"),
    ("fm10", "行廊镇", "town", "standalone", "要持续抓好行廊镇集中整治区环保提升"),
    ("fm10", "珠泉镇", "town", "in_project_name", "珠泉镇铸造产业公共服务中心"),
    ("fm10", "嘉禾", "county", "standalone", "铸造是嘉禾的传统优势产业"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fm", conventions="set fm (blind set: pages whose dates are tricky, in 安徽 黄山 (歙县, 黟县), 河北 邢台 (隆尧县, 柏乡县) and 湖南 郴州 (临武县, 嘉禾县): a city site republishing in 2024 a county article of 2023 (原发布时间, 原标题: the article, events and posts dated by the original; publication_year the page's), a repost whose 昨日 is resolved against the original's date in its 来源 line, 昨日 / 上周三 / 本月初 against the edition date, 日前 / 近日 / 春节前夕 / 国庆期间 to the stamp's month, a 大事记 as one article of its month with entries dated as written (国庆期间, 重阳节前夕, 10月9日, 是月), a page with no 发布时间 dated by its text, a 2023.05.06 stamp with the event name “5·12”; bare 县委 / 县长 / 县应急管理局 take the article's county, 市委常委、副市长 the city's; one line per post per article)",
          persons_note="Set fm persons. id = corpus-wide person_id (fm:程立勋#1 歙县应急管理局局长 (安徽) and fm:程立勋#2 柏乡县副县长 (河北) are two people; fm:汪景程 歙县长 2023 → 歙县委书记 2024; fm:孙启鸣 黟县常务副县长 2023 → 歙县长 2024; fm:雷振钧 临武县常务副县长 2022 → 嘉禾县长 2023; fm:郄振东 隆尧县委书记 2023-03 → also 邢台市委常委 2023-09)")


if __name__ == "__main__":
    main()
