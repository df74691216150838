"""Write gold part ``fu`` (a blind set: the robustness of real pages' text: full-width digits and letters, names spaced
for alignment, title chains broken across lines, PDF stray spaces, 【】 and ■ marks, numbered lists （一）（二）, a
leaders' table in text columns, old-style dates) from the tables below.

Pages ``tests/dev/texts/fu*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a county 政府常务会议 page (``县委副书记、县长…主持召开县政府党组(扩大)会议和
县十六届第9次政府常务会议…县政府副县长、县政府党组成员出席会议``); the 太湖县 news site (``2021-12-29 16:00:51 编辑: … 审核人:…
阅读次数:2287 |``, a byline ``(记 者:吴… 张… 见习记者 …)`` with a spaced ``记 者``); a county paper's 人代会 report whose byline
spaces every two-character name for alignment (``(记者冯 艳 孙 敏 张 涛)``); a 縣 page in traditional characters with ``全媒體記者:…
編輯:… 編審:…``; a 子长 page with a stray space inside a word (``在 随后召开的座谈会上``) and ``市委常委、副市长…来我县调研。县委副书记、
县长…``; the 镇巴县 信息公开 page (``索引号: / 发文机构: / 发文字号: 镇政发〔2024〕7号 / 发文日期: 2024年04月06日``); the 太湖县 政府办公室
信息公开 page (``索引号: … 发布机构: … 生成日期: 2019-01-23 … 浏览次数:``, 落款 ``太湖县人民政府 / 2019年1月17日``, ``第一章  总  则``
with spaces for alignment); the 平江 page (``来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【 视力保护色: 浏览量:``, numbered
``(一)总体要求。(二)工作目标。``); a 绛县 page (``發布日期:2023-09-01 10:51 來源:… 【字體:大 中 小】 打印本頁``); 人大常委会 pages of
several counties (余干 ``会议还审议通过了人事任免议案。…向新任职人员颁发了任命书，并举行了宪法宣誓仪式``; 涉县 ``任命…同志为政府副县长``;
清徐 ``本报讯昨日上午…会议还进行了人事任免，任命…为县人民政府副县长``; 临朐; 永丰); the 文成新闻网 (``发布时间:2024年02月03日 / 来源:
文成新闻网 / 文成新闻网讯(记者 …)…总监制:…责编:…编辑:…``); a 海安 县委常委会 page (``县委书记…主持召开…县委副书记、县长…，县委常委
…出席会议，县人大常委会主任…，县政协主席…列席会议``); a 民权 page (``相关阅读:`` and ``备案号:豫ICP备…``). Places are real: 山西 长治
(武乡县, 沁县, 黎城县), 福建 宁德 (周宁县, 柘荣县), 四川 巴中 (通江县), 河北 保定 (唐县, 曲阳县).

Shapes: a county site with a 【栏目】 mark before the title and full-width digits in the stamp and the body, a 县长's 调研
(fu01); a city paper's 第Ａ２版 (full-width letter) with an old-style masthead date ``二〇二三年九月十四日``, two articles, the second
headed by ``■``, a ``■本报记者　秦　璐`` byline and a spaced 通讯员 credit (fu02); a 常务会议纪要 on an 信息公开 page (索引号,
full-width 文号) with a ``出　席：贾　昊　胡晓军　任　婕`` line of names spaced for alignment and 议定事项 numbered （一）（二）（三）
(fu03); a 领导之窗 table of the 县政府领导 in text columns (``贾　昊　　　县委副书记、县长　　　主持县政府全面工作``, 分工 text wrapped
under its column) (fu04); a 人大常委会 page with an appended 任免名单 numbered 一、（一）（二） with spaced names and an old-style
落款 date (fu05); a PDF-copied paper page (stray spaces ``第 3 版 ： 县 域 经 济``, ``吴 晓岚``, ``提 质 升 级 ， 把``, a title chain
broken at the line end ``周宁县委\\n书记黄立平``, ``县委常委、\\n常务副县长缪承宇``) (fu06); a county site's 县政府第３５次常务会议 with
a numbered 会议要求 (fu07); a county 融媒体 page of a 人大常委会 session with spaced 记者 / 编辑 / 审核 credits (fu08); a county site
with ``■`` subheads inside the article (fu09); a city portal page carrying a county's 常务会议 (fu10).

Identity cases:
- fu:郜振宇: 武乡县委副书记、县长 in May 2021 (fu01) → 武乡县委书记 in Sept 2023 (fu02).
- fu:贾昊: 沁县委常委、常务副县长 in March 2022 (fu03) → 黎城县委副书记、县长 in March 2024 (fu04, written ``贾　昊``).
- fu:缪承宇: appointed 周宁县人民政府副县长 in June 2022 (fu05) → 周宁县委常委、常务副县长 in May 2023 (fu06) → 柘荣县委
  副书记、县长 in March 2024 (fu07).
- fu:庞博#2: 唐县副县长 in July 2022 (fu09) → 曲阳县委常委、常务副县长 in April 2024 (fu10).
- two different 庞博 in unrelated places: fu:庞博#1 is 通江县委常委、副县长 (四川 巴中, fu08, Nov 2023); fu:庞博#2 is the 保定
  (河北) cadre above.
- fu:路骁: 黎城县委常委、副县长 in the 长治日报 in 2023 (fu02) and in the 2024 table (fu04, written ``路　骁``).
- one organ name in several places: the bare ``县人大常委会`` is 周宁县's (fu05) and 通江县's (fu08); the bare ``县委`` / ``县政府``
  is that of each page's county (武乡, 沁县, 黎城, 柘荣, 唐县, 曲阳); in the 长治日报 the bare ``市委`` is 长治's, in the 闽东日报
  the bare ``副市长`` is 宁德's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bo, ee, bw, bn, bs where they speak; decided here where they are silent):
- DECIDED HERE (names spaced for alignment or by a PDF): the person's name is written without the spaces (``贾　昊`` →
  贾昊, ``吴 晓岚`` → 吴晓岚, ``侯　敏`` → 侯敏); evidence strings stay exactly as the page writes them. gold_writer checks that
  the name is written unbroken in a post's evidence, so the holdings whose only evidence writes the name spaced (fu04's table
  rows for 贾昊, 路骁, 申娟; fu05's ``阎　瑞为周宁县教育局局长``; fu06's ``副市长\\n吴 晓岚``) are in ``SPACED_HOLDINGS`` and are
  added by this file after ``write`` with the same fields, checked the same way with whitespace removed (evidence in the
  page, name and title in the evidence, article from the headline spans); their persons.json entries get the posts too.
  Meeting participants are all also written unbroken somewhere on their page.
- DECIDED HERE (full-width digits and letters, old-style dates): ``date_text`` and the page stamp are quoted as written
  (``５月１１日``, ``２０２２年３月１６日上午``, ``二〇二三年九月十四日　星期四``); ``date_inferred`` is ISO. A meeting's name keeps
  its full-width number as written (``县政府第３５次常务会议``).
- DECIDED HERE (marks): a 【栏目】 mark before a title (``【政务要闻】``) and a ``■`` before a headline or a subhead are not part of
  the headline; ``■本报记者　秦　璐`` is a reporter line (evidence with the mark).
- Leaders' table (fu04, as ee07 / bv06): a title beside a name is a holding at the page's date; ``date_text`` is the stamp's
  date as written (``２０２４－０３－２５``); the 分工 text (负责 / 分管 / 联系) gives duties, not posts; ``牵头推进…项目`` names
  a project. Bare 县 organs are 黎城县's (the site's county). No event on a table page.
- 纪要 (fu03, as bo): the 主持人 is the chair, the bare-name ``出　席`` line gives attendees but no posts; the posts come from
  the lead sentence and the 议定事项 that title them (``由县委常委、常务副县长贾昊牵头``); a person named in a 议定事项 as 牵头 /
  负责 is not a speaker; ``记　录：石雅楠`` goes to reporters.jsonl with label ``记录`` and role ``author``. The department list of
  ``列　席`` names no person.
- 任免名单 (fu05, as bw / ab): ``决定任命`` gives a holding of the appointed post (``缪承宇为周宁县人民政府副县长`` → 周宁县政府 副县长);
  ``决定免去`` gives none (叶斌 is a person with no post; 魏雪琴's 免去 审计局局长 gives no line, her 任命 财政局局长 does). The newly
  appointed who take the oath as a group are not named attendees of the session.
- 人大常委会 sessions (fu05, fu08): ``县人大常委会主任`` → X县人大常委会 主任; ``副主任A、B、C`` gives each 副主任 (a list after one
  title); the session is a meeting (chair 主持; 出席 / 列席 attendees; ``受县人民政府委托作报告`` / 强调 / 指出 speakers).
- Bare organs take the page's place: on a county site its county; in the 长治日报 ``市委常委、副市长`` = 长治市委 + 长治市政府, in
  the 闽东日报 ``副市长`` = 宁德市政府; in the paper's 黎城 article ``县委常委、副县长`` is 黎城's; on the 保定 portal page the
  ``县委常委、常务副县长`` after ``曲阳县委副书记、县长`` is 曲阳's. ``县委常委、县委办公室主任`` → X县委 常委 + X县委办公室 主任 (as ah);
  ``副县长、县公安局局长`` → X县政府 副县长 + X县公安局 局长 (as bi, bv). A town's ``镇党委书记`` → county label + town + 党委.
- Events: a 调研 is an ``inspection`` (leader; 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 表示 speakers); a 常务会议, a 人大常委会
  会议 and a 森林防火工作会议 are meetings (chair 主持; 出席 / 列席 attendees; 讲话 / 通报 / 作了具体安排 / 强调 speakers).
- Credits: 撰稿 / 作者 are ``author``; 审核 / 责任编辑 / 编辑 / 校对 ``editor``; 记者 ``reporter``; 通讯员 ``correspondent``.
- Projects: a named 产业园 (or its 二期) ``industrial_park`` (fu06 names both the park visited and its 二期 to be built);
  老旧小区改造项目 ``housing_project``; 污水处理厂提标改造 / 污水管网改造 / 农村供水保障 ``infrastructure_project``; 堤防加固
  ``engineering_work``; 矿山生态修复 ``greening_project``; 景区提升, 游客服务中心, 红色旅游集散中心, 研学步道, 古村落保护利用,
  中医院迁建 and a 光伏储能示范项目 ``project`` (as part be's 光伏扶贫电站 ``project``). A 决定 (``关于加强鲤鱼溪流域生态保护的决定``)
  is a document, not a project.
- Places: one line per name per file, as written; places inside titles, organ references, project names and document titles
  count; site lines, 来源 lines, footers, addresses, 落款, 上一篇 / 下一篇 and 相关阅读 lists are not annotated. A county's short
  name inside a project (``周宁高山茶产业园``, ``通江银耳产业园``) is annotated as written (as bs's 阿克苏); a brand (沁州黄) and
  a direction area (城东片区) are not places.
"""

# ruff: noqa: E501
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

WX, CZ, QX, LC = "武乡县", "长治市", "沁县", "黎城县"
ZN, ND, ZR = "周宁县", "宁德市", "柘荣县"
TJ, TX, QY = "通江县", "唐县", "曲阳县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fu01_wuxiang.txt": (2021, "发布时间：２０２１－０５－１２　１０：２６", WX, [
        ("郜振宇到故城镇、蟠龙镇调研重点项目建设", "５月１１日", "2021-05-11", "５月１１日，县委副书记",
         "county site (【政务要闻】 mark, full-width digits): the 县长's 调研 of two towns with a 副县长 and two department heads")]),
    "fu02_changzhi.txt": (2023, "二〇二三年九月十四日　星期四", CZ, [
        ("段鸿飞在武乡县调研时强调", "９月１３日", "2023-09-13", "本报讯　９月１３日",
         "city paper 第Ａ２版 (old-style date): a 市委常委、副市长's 调研 in 武乡县; 郜振宇 now 县委书记"),
        ("黎城县部署秋冬季森林防火工作", "９月１２日", "2023-09-12", "本报讯　９月１２日",
         "second article headed by ■: 黎城县 森林防火工作会议 (县委常委、副县长 讲话)")]),
    "fu03_qinxian.txt": (2022, "发布日期：２０２２年０３月１８日", QX, [
        ("沁县人民政府第１２次常务会议纪要", "２０２２年３月１６日上午", "2022-03-16", "时　间：",
         "信息公开 page: 常务会议纪要 with a spaced 出席 line and 议定事项 （一）（二）（三）")]),
    "fu04_licheng.txt": (2024, "更新日期：２０２４－０３－２５", LC, [
        ("黎城县人民政府领导班子成员", "２０２４－０３－２５", "2024-03-25", "姓　名",
         "领导之窗 table in text columns: names spaced for alignment, 分工 wrapped under its column")]),
    "fu05_zhouning.txt": (2022, "发布时间：2022-06-29 09:12", ZN, [
        ("县十八届人大常委会第五次会议召开", "6月28日", "2022-06-28", "6月28日，县十八届",
         "人大 site: 常委会 session and its 任免名单 (numbered, spaced names, old-style 落款 date)")]),
    "fu06_ningde.txt": (2023, "2023年5月19日 星期五", ND, [
        ("吴晓岚到周宁县调研茶产业", "5月18日", "2023-05-18", "本报讯（记者",
         "PDF-copied paper page: stray spaces, a spaced name, title chains broken at line ends; the 副市长's 调研 in 周宁县")]),
    "fu07_zherong.txt": (2024, "发布时间：２０２４－０３－２２　１７：０５", ZR, [
        ("缪承宇主持召开县政府第３５次常务会议", "３月２１日下午", "2024-03-21", "３月２１日下午，县委副书记",
         "county site (full-width digits): 县政府常务会议 chaired by the new 县长 缪承宇; numbered 会议要求")]),
    "fu08_tongjiang.txt": (2023, "时间：２０２３－１１－２４", TJ, [
        ("县十八届人大常委会第十四次会议召开", "１１月２３日", "2023-11-23", "１１月２３日，县十八届",
         "county 融媒体 page: 人大常委会 session; 县委常委、副县长 庞博#1 reports; an appointment; spaced credits")]),
    "fu09_tangxian.txt": (2022, "发布日期：2022-07-19", TX, [
        ("郑振国到仁厚镇、王京镇调研防汛和重点项目工作", "7月18日", "2022-07-18", "7月18日，县委书记",
         "county site: the 县委书记's 调研 with ■ subheads; 副县长 庞博#2; two town secretaries")]),
    "fu10_quyang.txt": (2024, "2024-04-17 16:32:08", QY, [
        ("曲阳县召开县政府第２１次常务会议", "4月16日", "2024-04-16", "4月16日，曲阳县委",
         "city portal page: a county's 常务会议 with numbered items; 庞博#2 now 县委常委、常务副县长")]),
}

_FU01_GAO = "县委副书记、县长郜振宇深入故城镇"
_FU02_DUAN = "市委常委、副市长段鸿飞到武乡县调研"
_FU05_VICE = "副主任吴秀琴、阮军、叶茂林出席会议"
_FU06_MIAO = "县委常委、\n常务副县长缪承宇"
_FU07_VICE = "副县长张弛、邢建勇、王书琪出席会议"
_FU08_VICE = "副主任苟正兰、李妍、刘芸出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post, or only spaced])
PERSONS = {
    # ---- 长治 (山西)
    "fu:郜振宇": ("郜振宇", "official", WX, [
        ("fu01", f"{WX}委", "副书记", _FU01_GAO, "2021-05 (identity case: 县委书记 in 2023, fu02); named in the headline too"),
        ("fu01", f"{WX}政府", "县长", _FU01_GAO, None),
        ("fu02", f"{WX}委", "书记", "武乡县委书记郜振宇", "2023-09: now 县委书记")], []),
    "fu:牛晓蕾": ("牛晓蕾", "official", WX, [
        ("fu01", f"{WX}政府", "副县长", "副县长牛晓蕾", None)], []),
    "fu:武海龙": ("武海龙", "official", WX, [
        ("fu01", f"{WX}发展和改革局", "局长", "县发展和改革局局长武海龙", None)], []),
    "fu:冯锦程": ("冯锦程", "official", WX, [
        ("fu01", f"{WX}文化和旅游局", "局长", "县文化和旅游局局长冯锦程", None)], []),
    "fu:史国平": ("史国平", "official", WX, [
        ("fu01", f"{WX}故城镇党委", "书记", "故城镇党委书记史国平", None)], []),
    "fu:段鸿飞": ("段鸿飞", "official", CZ, [
        ("fu02", f"{CZ}委", "常委", _FU02_DUAN, "bare 市委 in the 长治日报 = 长治市委; named in the headline too"),
        ("fu02", f"{CZ}政府", "副市长", _FU02_DUAN, None)], []),
    "fu:魏红梅": ("魏红梅", "official", WX, [
        ("fu02", f"{WX}委", "副书记", "县委副书记、县长魏红梅陪同调研", "after 武乡县委书记: 武乡's"),
        ("fu02", f"{WX}政府", "县长", "县委副书记、县长魏红梅陪同调研", None)], []),
    "fu:路骁": ("路骁", "official", LC, [
        ("fu02", f"{LC}委", "常委", "县委常委、副县长路骁出席会议并讲话", "2023-09: in the paper's 黎城 article the bare 县委 is 黎城's (2024: fu04, spaced, SPACED_HOLDINGS)"),
        ("fu02", f"{LC}政府", "副县长", "县委常委、副县长路骁出席会议并讲话", None)], ["fu04"]),
    "fu:郑锴": ("郑锴", "official", LC, [
        ("fu02", f"{LC}应急管理局", "局长", "县应急管理局局长郑锴通报了", None)], []),
    "fu:常立川": ("常立川", "official", QX, [
        ("fu03", f"{QX}委", "副书记", "县委副书记、县长常立川主持召开", "the 主持人 line gives the bare name; the lead titles him"),
        ("fu03", f"{QX}政府", "县长", "县委副书记、县长常立川主持召开", None)], []),
    "fu:贾昊": ("贾昊", "official", QX, [
        ("fu03", f"{QX}委", "常委", "由县委常委、常务副县长贾昊牵头", "2022-03: titled in the 议定事项; ``贾　昊`` on the 出席 line (identity case: 黎城县长 in 2024, fu04)"),
        ("fu03", f"{QX}政府", "常务副县长", "由县委常委、常务副县长贾昊牵头", None)], ["fu04"]),
    "fu:胡晓军": ("胡晓军", "official", QX, [
        ("fu03", f"{QX}政府", "副县长", "由副县长胡晓军负责", None)], []),
    "fu:任婕": ("任婕", "official", QX, [
        ("fu03", f"{QX}政府", "副县长", "由副县长任婕负责", "``任　婕`` on the 出席 line")], []),
    "fu:杜红英": ("杜红英", "official", QX, [
        ("fu03", f"{QX}政府", "副县长", "由副县长杜红英负责督导", None)], []),
    "fu:曹振岳": ("曹振岳", "official", LC, [
        ("fu04", f"{LC}委", "常委", "曹振岳　　　县委常委、常务副县长", "table row, dated by the stamp"),
        ("fu04", f"{LC}政府", "常务副县长", "曹振岳　　　县委常委、常务副县长", None)], []),
    "fu:申娟": ("申娟", "official", LC, [], ["fu04"]),  # only ``申　娟`` (SPACED_HOLDINGS)
    "fu:郭伟民": ("郭伟民", "official", LC, [
        ("fu04", f"{LC}政府", "副县长", "郭伟民　　　副县长、县公安局局长", "table row"),
        ("fu04", f"{LC}公安局", "局长", "郭伟民　　　副县长、县公安局局长", None)], []),
    # ---- 宁德 (福建)
    "fu:陈敏华": ("陈敏华", "official", ZN, [
        ("fu05", f"{ZN}人大常委会", "主任", "县人大常委会主任陈敏华主持会议", "bare 县人大常委会 = 周宁's here, 通江's in fu08")], []),
    "fu:吴秀琴": ("吴秀琴", "official", ZN, [
        ("fu05", f"{ZN}人大常委会", "副主任", _FU05_VICE, "list after one title")], []),
    "fu:阮军": ("阮军", "official", ZN, [
        ("fu05", f"{ZN}人大常委会", "副主任", _FU05_VICE, None)], []),
    "fu:叶茂林": ("叶茂林", "official", ZN, [
        ("fu05", f"{ZN}人大常委会", "副主任", _FU05_VICE, None)], []),
    "fu:林诗雨": ("林诗雨", "official", ZN, [
        ("fu05", f"{ZN}政府", "副县长", "副县长林诗雨，县人民法院", None)], []),
    "fu:缪承宇": ("缪承宇", "official", ND, [
        ("fu05", f"{ZN}政府", "副县长", "（一）缪承宇为周宁县人民政府副县长", "2022-06: 决定任命 (identity case: 常务副县长 2023, 柘荣县长 2024)"),
        ("fu06", f"{ZN}委", "常委", _FU06_MIAO, "2023-05: chain broken at the line end; bare 县委 after 周宁县委书记"),
        ("fu06", f"{ZN}政府", "常务副县长", _FU06_MIAO, None),
        ("fu07", f"{ZR}委", "副书记", "县委副书记、县长缪承宇主持召开", "2024-03: now 柘荣县长; named in the headline too"),
        ("fu07", f"{ZR}政府", "县长", "县委副书记、县长缪承宇主持召开", None)], []),
    "fu:阎瑞": ("阎瑞", "official", ZN, [], ["fu05"]),  # only ``阎　瑞`` (SPACED_HOLDINGS)
    "fu:魏雪琴": ("魏雪琴", "official", ZN, [
        ("fu05", f"{ZN}财政局", "局长", "（三）魏雪琴为周宁县财政局局长", "决定任命; her 免去 周宁县审计局局长 gives no line")], []),
    "fu:叶斌": ("叶斌", "official", ZN, [], ["fu05"]),  # ``叶　斌`` 决定免去: no post
    "fu:吴晓岚": ("吴晓岚", "official", ND, [], ["fu06"]),  # title only before ``吴 晓岚`` (SPACED_HOLDINGS)
    "fu:黄立平": ("黄立平", "official", ZN, [
        ("fu06", f"{ZN}委", "书记", "周宁县委\n书记黄立平", "title chain broken at the line end")], []),
    "fu:袁志斌": ("袁志斌", "official", ZR, [
        ("fu07", f"{ZR}委", "常委", "县委常委、常务副县长袁志斌", None),
        ("fu07", f"{ZR}政府", "常务副县长", "县委常委、常务副县长袁志斌", None)], []),
    "fu:张弛": ("张弛", "official", ZR, [
        ("fu07", f"{ZR}政府", "副县长", _FU07_VICE, "list after one title")], []),
    "fu:邢建勇": ("邢建勇", "official", ZR, [
        ("fu07", f"{ZR}政府", "副县长", _FU07_VICE, None)], []),
    "fu:王书琪": ("王书琪", "official", ZR, [
        ("fu07", f"{ZR}政府", "副县长", _FU07_VICE, None)], []),
    # ---- 巴中 (四川)
    "fu:何明远": ("何明远", "official", TJ, [
        ("fu08", f"{TJ}人大常委会", "主任", "县人大常委会主任何明远主持会议", "bare 县人大常委会 = 通江's here, 周宁's in fu05")], []),
    "fu:苟正兰": ("苟正兰", "official", TJ, [
        ("fu08", f"{TJ}人大常委会", "副主任", _FU08_VICE, "list after one title")], []),
    "fu:李妍": ("李妍", "official", TJ, [
        ("fu08", f"{TJ}人大常委会", "副主任", _FU08_VICE, None)], []),
    "fu:刘芸": ("刘芸", "official", TJ, [
        ("fu08", f"{TJ}人大常委会", "副主任", _FU08_VICE, None)], []),
    "fu:庞博#1": ("庞博", "official", TJ, [
        ("fu08", f"{TJ}委", "常委", "县委常委、副县长庞博", "通江 (四川); not the 庞博 of 唐县 / 曲阳县 (河北, fu09, fu10)"),
        ("fu08", f"{TJ}政府", "副县长", "县委常委、副县长庞博", None)], []),
    "fu:苟建华": ("苟建华", "official", TJ, [
        ("fu08", f"{TJ}农业农村局", "局长", "决定任命苟建华为通江县农业农村局局长", "决定任命")], []),
    # ---- 保定 (河北)
    "fu:郑振国": ("郑振国", "official", TX, [
        ("fu09", f"{TX}委", "书记", "县委书记郑振国深入仁厚镇", "named in the headline too")], []),
    "fu:武国栋": ("武国栋", "official", TX, [
        ("fu09", f"{TX}委", "常委", "县委常委、县委办公室主任武国栋", None),
        ("fu09", f"{TX}委办公室", "主任", "县委常委、县委办公室主任武国栋", "as ah: X县委办公室 主任")], []),
    "fu:庞博#2": ("庞博", "official", TX, [
        ("fu09", f"{TX}政府", "副县长", "副县长庞博陪同调研", "2022-07, 唐县 (河北); not the 庞博 of 通江 (fu08) (identity case: 曲阳 常务副县长 in 2024)"),
        ("fu10", f"{QY}委", "常委", "县委常委、常务副县长庞博", "2024-04: after 曲阳县委副书记、县长 on the 保定 portal: 曲阳's"),
        ("fu10", f"{QY}政府", "常务副县长", "县委常委、常务副县长庞博", None)], []),
    "fu:赵立冬": ("赵立冬", "official", TX, [
        ("fu09", f"{TX}仁厚镇党委", "书记", "仁厚镇党委书记赵立冬", None)], []),
    "fu:甄少华": ("甄少华", "official", TX, [
        ("fu09", f"{TX}王京镇党委", "书记", "王京镇党委书记甄少华", None)], []),
    "fu:韩立军": ("韩立军", "official", QY, [
        ("fu10", f"{QY}委", "副书记", "曲阳县委副书记、县长韩立军主持召开", None),
        ("fu10", f"{QY}政府", "县长", "曲阳县委副书记、县长韩立军主持召开", None)], []),
    "fu:邸欣": ("邸欣", "official", QY, [
        ("fu10", f"{QY}政府", "副县长", "副县长邸欣、薛志伟出席会议", "list after one title")], []),
    "fu:薛志伟": ("薛志伟", "official", QY, [
        ("fu10", f"{QY}政府", "副县长", "副县长邸欣、薛志伟出席会议", None)], []),
}

# holdings whose only evidence writes the name spaced (added after write(), see DECIDED HERE):
# (file, person id, org, title, evidence, note)
SPACED_HOLDINGS = [
    ("fu04", "fu:贾昊", f"{LC}委", "副书记", "贾　昊　　　县委副书记、县长", "2024-03 table row, name spaced for alignment: now 黎城县长 (沁县 常务副县长 in 2022, fu03)"),
    ("fu04", "fu:贾昊", f"{LC}政府", "县长", "贾　昊　　　县委副书记、县长", None),
    ("fu04", "fu:路骁", f"{LC}委", "常委", "路　骁　　　县委常委、副县长", "2024-03 table row, name spaced (the same posts in the 长治日报 2023, fu02)"),
    ("fu04", "fu:路骁", f"{LC}政府", "副县长", "路　骁　　　县委常委、副县长", None),
    ("fu04", "fu:申娟", f"{LC}政府", "副县长", "申　娟　　　副县长", "table row, name spaced"),
    ("fu05", "fu:阎瑞", f"{ZN}教育局", "局长", "（二）阎　瑞为周宁县教育局局长", "决定任命; name spaced in the 任免名单"),
    ("fu06", "fu:吴晓岚", f"{ND}政府", "副市长", "副市长\n吴 晓岚", "PDF: title at the line end, name broken by a stray space; bare 副市长 in the 闽东日报 = 宁德's"),
]

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fu01", "郝晓帆", "撰稿", "author", "撰稿：郝晓帆"),
    ("fu01", "侯敏", "审核", "editor", "审核：侯　敏"),
    ("fu02", "秦璐", "记者", "reporter", "■本报记者　秦　璐"),
    ("fu02", "田婧", "通讯员", "correspondent", "（通讯员　田　婧）"),
    ("fu02", "温亚楠", "责任编辑", "editor", "责任编辑：温亚楠"),
    ("fu02", "翟晓宇", "校对", "editor", "校对：翟晓宇"),
    ("fu03", "石雅楠", "记录", "author", "记　录：石雅楠"),
    ("fu05", "贺兰芳", "责任编辑", "editor", "责任编辑：贺兰芳"),
    ("fu06", "彭媛", "记者", "reporter", "本报讯（记者 彭 媛 通讯员\n黄亦凡）"),
    ("fu06", "黄亦凡", "通讯员", "correspondent", "本报讯（记者 彭 媛 通讯员\n黄亦凡）"),
    ("fu06", "林可馨", "责任编辑", "editor", "责任编辑 林可馨"),
    ("fu06", "王越", "校对", "editor", "校对 王 越"),
    ("fu07", "杨澜", "责任编辑", "editor", "【责任编辑：杨　澜】"),
    ("fu08", "何琳", "记者", "reporter", "记者：何　琳　赵　雪"),
    ("fu08", "赵雪", "记者", "reporter", "记者：何　琳　赵　雪"),
    ("fu08", "张昱", "编辑", "editor", "编辑：张　昱"),
    ("fu08", "李旻", "审核", "editor", "审核：李　旻"),
    ("fu09", "吕杭", "作者", "author", "作者：吕　杭"),
    ("fu10", "齐晓东", "作者", "author", "作者：齐晓东"),
    ("fu10", "孟繁星", "责任编辑", "editor", "责任编辑：孟繁星"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fu01", "故城镇、蟠龙镇重点项目建设和红色旅游发展调研", "inspection (调研)", "５月１１日", None, "郜振宇", [],
     ["牛晓蕾", "武海龙", "冯锦程"], ["史国平", "冯锦程", "郜振宇", "牛晓蕾"], "故城镇、蟠龙镇",
     "县委副书记、县长郜振宇深入故城镇、蟠龙镇，调研重点项目建设和红色旅游发展工作",
     ["县长郜振宇深入故城镇、蟠龙镇", "县文化和旅游局局长冯锦程陪同调研", "故城镇党委书记史国平汇报了", "听取了冯锦程关于",
      "郜振宇指出", "牛晓蕾表示"]),
    ("fu02", "武乡县项目建设和县域经济发展调研", "inspection (调研)", "９月１３日", None, "段鸿飞", [],
     ["郜振宇", "魏红梅"], ["魏红梅", "段鸿飞", "郜振宇"], "武乡县",
     "市委常委、副市长段鸿飞到武乡县调研项目建设和县域经济发展工作",
     ["副市长段鸿飞到武乡县调研", "县长魏红梅陪同调研", "魏红梅汇报了", "段鸿飞指出", "郜振宇表示"]),
    ("fu02", "黎城县秋冬季森林防火工作会议", "meeting (工作会议)", "９月１２日", None, None, ["黎城县"],
     ["路骁"], ["路骁", "郑锴"], "黎城县",
     "黎城县召开秋冬季森林防火工作会议",
     ["副县长路骁出席会议并讲话", "局长郑锴通报了", "路骁强调"]),
    ("fu03", "沁县人民政府第１２次常务会议", "meeting (政府常务会议)", "２０２２年３月１６日上午", "常立川", None, ["沁县人民政府"],
     ["贾昊", "胡晓军", "任婕", "杜红英"], [], "县政府四楼会议室",
     "县委副书记、县长常立川主持召开县人民政府第１２次常务会议",
     ["主持人：常立川", "出　席：贾　昊　胡晓军　任　婕　杜红英"]),
    ("fu05", "县十八届人大常委会第五次会议", "meeting (人大常委会会议)", "6月28日", "陈敏华", None, ["周宁县人大常委会"],
     ["吴秀琴", "阮军", "叶茂林", "林诗雨"], ["林诗雨", "陈敏华"], None,
     "6月28日，县十八届人大常委会第五次会议召开",
     ["县人大常委会主任陈敏华主持会议", _FU05_VICE, "副县长林诗雨，县人民法院、县人民检察院负责同志列席会议",
      "林诗雨受县人民政府委托作报告", "陈敏华强调"]),
    ("fu06", "周宁县茶产业和文旅融合发展调研", "inspection (调研)", "5月18日", None, "吴晓岚", [],
     ["黄立平", "缪承宇"], ["缪承宇", "黄立平", "吴晓岚"], "周宁县",
     "吴 晓岚到周宁县调研茶产业\n和文旅融合发展工作",
     ["吴 晓岚到周宁县调研", "常务副县长缪承宇陪同调研", "缪承宇\n汇报了", "黄立平\n介绍了", "吴晓岚强调", "黄立平表示"]),
    ("fu07", "县政府第３５次常务会议", "meeting (政府常务会议)", "３月２１日下午", "缪承宇", None, ["柘荣县人民政府"],
     ["袁志斌", "张弛", "邢建勇", "王书琪"], ["缪承宇", "袁志斌"], None,
     "县委副书记、县长缪承宇主持召开县政府第３５次常务会议",
     ["县长缪承宇主持召开", "县委常委、常务副县长袁志斌", _FU07_VICE, "缪承宇强调", "袁志斌就做好一季度经济运行调度作了具体安排"]),
    ("fu08", "县十八届人大常委会第十四次会议", "meeting (人大常委会会议)", "１１月２３日", "何明远", None, ["通江县人大常委会"],
     ["苟正兰", "李妍", "刘芸", "庞博"], ["庞博", "何明远"], None,
     "１１月２３日，县十八届人大常委会第十四次会议召开",
     ["县人大常委会主任何明远主持会议", _FU08_VICE, "县委常委、副县长庞博，县人民法院", "庞博受县人民政府委托作报告", "何明远指出"]),
    ("fu09", "仁厚镇、王京镇防汛备汛和重点项目建设调研", "inspection (调研)", "7月18日", None, "郑振国", [],
     ["武国栋", "庞博"], ["赵立冬", "郑振国", "甄少华", "庞博"], "仁厚镇、王京镇",
     "县委书记郑振国深入仁厚镇、王京镇，调研防汛备汛和重点项目建设工作",
     ["县委书记郑振国深入仁厚镇、王京镇", "副县长庞博陪同调研", "仁厚镇党委书记赵立冬汇报了", "郑振国强调",
      "王京镇党委书记甄少华介绍了", "庞博汇报了", "郑振国指出"]),
    ("fu10", "县政府第２１次常务会议", "meeting (政府常务会议)", "4月16日", "韩立军", None, ["曲阳县人民政府"],
     ["庞博", "邸欣", "薛志伟"], ["庞博", "韩立军"], None,
     "曲阳县委副书记、县长韩立军主持召开县政府第２１次常务会议",
     ["县长韩立军主持召开", "县委常委、常务副县长庞博", "副县长邸欣、薛志伟出席会议", "庞博就做好二季度经济运行调度", "韩立军强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fu01", "武乡县小米精深加工产业园二期", "industrial_park", "来到武乡县小米精深加工产业园二期施工现场"),
    ("fu01", "蟠龙镇红色旅游集散中心建设项目", "project", "蟠龙镇红色旅游集散中心建设项目"),
    ("fu01", "砖壁村红色研学步道项目", "project", "砖壁村红色研学步道项目"),
    ("fu02", "武乡县小米精深加工产业园二期", "industrial_park", "先后来到武乡县小米精深加工产业园二期"),
    ("fu02", "丰州镇光伏储能示范项目", "project", "丰州镇光伏储能示范项目"),
    ("fu02", "武乡县城东片区老旧小区改造项目", "housing_project", "武乡县城东片区老旧小区改造项目现场"),
    ("fu03", "沁州黄小米产业园区", "industrial_park", "关于沁州黄小米产业园区建设有关事宜"),
    ("fu03", "郭村镇污水处理厂提标改造工程", "infrastructure_project", "关于郭村镇污水处理厂提标改造工程有关事宜"),
    ("fu04", "黎城县中医院迁建项目", "project", "进黎城县中医院迁建项目"),
    ("fu06", "周宁高山茶产业园", "industrial_park", "周宁高山茶产业园、浦源镇鲤"),
    ("fu06", "周宁高山茶产业园二期", "industrial_park", "加快周宁高山茶产\n业园二期建设"),
    ("fu06", "鲤鱼溪景区提升工程", "project", "介绍了鲤鱼溪景区提升工程和"),
    ("fu06", "浦源古村落保护利用项目", "project", "浦源古村落保护利用项目的推进"),
    ("fu07", "柘荣县太子参产业园二期", "industrial_park", "柘荣县太子参产业园二期建设"),
    ("fu07", "东狮山景区游客服务中心建设项目", "project", "东狮山景区游客服务中心建设项目"),
    ("fu07", "富溪镇集镇污水管网改造工程", "infrastructure_project", "富溪镇集镇污水管网改造工程有关事项"),
    ("fu08", "诺水河旅游景区提升工程", "project", "关于诺水河旅游景区提升工程建设情况的报告"),
    ("fu08", "通江银耳产业园", "industrial_park", "要把通江银耳产业园建设与景区发展结合起来"),
    ("fu09", "唐河仁厚段堤防加固工程", "engineering_work", "唐河仁厚段堤防加固工程进展"),
    ("fu09", "唐县肉羊产业园二期", "industrial_park", "唐县肉羊产业园二期和王京镇"),
    ("fu09", "王京镇农村供水保障工程", "infrastructure_project", "王京镇农村供水保障工程现场"),
    ("fu10", "曲阳县石雕文化产业园二期", "industrial_park", "曲阳县石雕文化产业园二期、恒州镇"),
    ("fu10", "恒州镇老旧小区改造项目", "housing_project", "恒州镇老旧小区改造项目和"),
    ("fu10", "灵山镇矿山生态修复工程", "greening_project", "灵山镇矿山生态修复工程有关事宜"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fu01", "故城镇", "town", "standalone", "深入故城镇、蟠龙镇"),
    ("fu01", "蟠龙镇", "town", "standalone", "深入故城镇、蟠龙镇"),
    ("fu01", "武乡县", "county", "in_project_name", "来到武乡县小米精深加工产业园二期施工现场"),
    ("fu01", "砖壁村", "village", "in_project_name", "砖壁村红色研学步道项目"),
    ("fu01", "八路军总部旧址", "heritage_site", "standalone", "把八路军总部旧址等红色景点"),
    ("fu02", "武乡县", "county", "standalone", "到武乡县调研项目建设"),
    ("fu02", "丰州镇", "town", "in_project_name", "丰州镇光伏储能示范项目"),
    ("fu02", "黎城县", "county", "standalone", "黎城县召开秋冬季森林防火工作会议"),
    ("fu02", "黄崖洞景区", "scenic_area", "standalone", "确保黄崖洞景区及周边林区"),
    ("fu03", "沁县", "county", "in_org_reference", "沁县人民政府第１２次常务会议纪要"),
    ("fu03", "定昌镇", "town", "standalone", "定昌镇、郭村镇主要负责同志"),
    ("fu03", "郭村镇", "town", "standalone", "定昌镇、郭村镇主要负责同志"),
    ("fu04", "黎城县", "county", "in_org_reference", "黎城县人民政府领导班子成员"),
    ("fu04", "黄崖洞镇", "town", "standalone", "黄崖洞镇、东阳关镇"),
    ("fu04", "东阳关镇", "town", "standalone", "黄崖洞镇、东阳关镇"),
    ("fu05", "周宁县", "county", "in_org_reference", "（一）缪承宇为周宁县人民政府副县长"),
    ("fu05", "鲤鱼溪", "river", "in_document_title", "关于加强鲤鱼溪流域生态保护的决定"),
    ("fu06", "周宁县", "county", "standalone", "吴晓岚到周宁县调研茶产业"),
    ("fu06", "咸村镇", "town", "standalone", "先后来到咸村镇"),
    ("fu06", "浦源镇", "town", "standalone", "在浦源镇，黄立平"),
    ("fu06", "鲤鱼溪", "river", "standalone", "推动鲤鱼溪景区提"),
    ("fu06", "周宁", "county", "in_project_name", "周宁高山茶产业园、浦源镇鲤"),
    ("fu06", "浦源", "village", "in_project_name", "浦源古村落保护利用项目的推进"),
    ("fu07", "柘荣县", "county", "in_project_name", "柘荣县太子参产业园二期建设"),
    ("fu07", "东狮山", "mountain", "in_project_name", "东狮山景区游客服务中心建设项目"),
    ("fu07", "富溪镇", "town", "in_project_name", "富溪镇集镇污水管网改造工程有关事项"),
    ("fu08", "诺水河", "river", "in_project_name", "关于诺水河旅游景区提升工程建设情况的报告"),
    ("fu08", "通江县", "county", "in_org_reference", "决定任命苟建华为通江县农业农村局局长"),
    ("fu08", "通江", "county", "in_project_name", "要把通江银耳产业园建设与景区发展结合起来"),
    ("fu09", "仁厚镇", "town", "standalone", "深入仁厚镇、王京镇"),
    ("fu09", "王京镇", "town", "standalone", "深入仁厚镇、王京镇"),
    ("fu09", "唐河", "river", "standalone", "沿唐河仁厚段察看"),
    ("fu09", "唐县", "county", "in_project_name", "唐县肉羊产业园二期和王京镇"),
    ("fu10", "曲阳县", "county", "standalone", "曲阳县召开县政府第２１次常务会议"),
    ("fu10", "恒州镇", "town", "in_project_name", "恒州镇老旧小区改造项目和"),
    ("fu10", "灵山镇", "town", "in_project_name", "灵山镇矿山生态修复工程有关事宜"),
]


def _add_spaced_holdings() -> None:
    """Append SPACED_HOLDINGS to post_holdings.jsonl and persons.json (see DECIDED HERE: gold_writer needs the name
    unbroken in the evidence); the same checks with whitespace removed."""
    from gold_writer import nows, page_helpers, write_jsonl

    full, text, check, _jsonl = page_helpers(HERE, TEXTS, PAGES)
    holdings = [json.loads(line) for line in (HERE / "post_holdings.jsonl").read_text(encoding="utf-8").splitlines() if line]
    persons_doc = json.loads((HERE / "persons.json").read_text(encoding="utf-8"))
    by_id = {p["id"]: p for p in persons_doc["persons"]}
    for short, pid, org, title, evidence, note in SPACED_HOLDINGS:
        file = full(short)
        page = text(file)
        check(file, evidence)
        name = PERSONS[pid][0]
        if name not in nows(evidence) or title not in nows(evidence):
            raise SystemExit(f"{file}: {name} / {title} not in {evidence!r} (whitespace removed)")
        starts = [page.index(a[0]) for a in PAGES[file][3]]
        pos = page.index(evidence)
        art = max(i for i, s in enumerate(starts, 1) if s <= pos)
        _h, date_text, inferred = PAGES[file][3][art - 1][:3]
        holdings.append({"file": file, "article": art, "person": name, "person_id": pid, "org": org, "title": title,
                         "post": org + title, "date_text": date_text, "date_inferred": inferred, "evidence": evidence,
                         "note": note})
        person = by_id[pid]
        if short not in person["files"]:
            raise SystemExit(f"{file}: {pid} has no entry for the page")
        if not person["posts"]:
            person["example_evidence"] = evidence
        person["posts"].append({"post": org + title, "where": [f"{short}#A{art}"]})
        person["summary"] = ", ".join(dict.fromkeys(p["post"] for p in person["posts"]))
    write_jsonl(HERE / "post_holdings.jsonl", holdings)
    (HERE / "persons.json").write_text(json.dumps(persons_doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fu", conventions="set fu (blind set: robustness of real pages' text in 山西 长治 (武乡县, 沁县, 黎城县; the 长治日报), 福建 宁德 (周宁县, 柘荣县; the 闽东日报), 四川 巴中 (通江县) and 河北 保定 (唐县, 曲阳县; a 保定 portal): full-width digits and letters (２０２１－０５－１２, 第Ａ２版), old-style dates (二〇二三年九月十四日), names spaced for alignment or by a PDF (贾　昊, 吴 晓岚: the person's name is written without spaces, evidence as written; those holdings are added by make_gold.py after gold_writer), title chains broken at line ends, 【】 and ■ marks (not part of headlines), numbered lists （一）（二）, a 领导之窗 table (holdings at the stamp date), a 纪要 (出席 names no posts; 记录 author), a 任免名单 (决定任命 a holding, 决定免去 none); one line per post per article)",
          persons_note="Set fu persons. id = corpus-wide person_id (fu:庞博#1 of 通江县 (四川) and fu:庞博#2 of 唐县 / 曲阳县 (河北) are two people; fu:郜振宇 武乡县长 2021 → 武乡县委书记 2023; fu:贾昊 沁县 常务副县长 2022 → 黎城县长 2024; fu:缪承宇 周宁 副县长 2022 → 常务副县长 2023 → 柘荣县长 2024; fu:庞博#2 唐县 副县长 2022 → 曲阳 常务副县长 2024)")
    _add_spaced_holdings()


if __name__ == "__main__":
    main()
