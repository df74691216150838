"""Write gold part ``fx`` (a blind set: 经开区, 高新区 and a 综合保税区 of five cities in 湖南, 河南 and 江苏 — their own
管委会 sites and the city papers' reports of them) from the tables below.

Pages ``tests/dev/texts/fx*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool: the 渭南高新区 site (``首页/ 政务公开 / 法定主动公开内容 / 重大项目 /
正文``; ``区党工委副书记、管委会主任…宣布开工令，区党工委副书记、党群工作部部长…主持``; 集中开工动员会); the 临沂 高新区 三季度
招商引资重点项目集中开工仪式 (``区党工委书记、管委会主任…宣布集中开工``, ``区党工委委员、管委会副主任…介绍``, 项目方代表 发言,
``区党工委、管委会领导班子成员…参加``); the 滨州高新区 集中签约仪式 report (``市委常委、副市长、高新区党工委书记…主持仪式``,
``高新区党工委副书记、管委会主任…介绍``, company heads 致辞); the 如皋经开区 二季度集中签约 (``市委常委、开发区党工委副书记…主持``,
``开发区党工委委员、管委会副主任…介绍签约项目``); the 湛江经开区 信息公开 page (索引号 block, ``发布日期：… 浏览次数：-``,
``区党委委员、管委会副主任…率队调研``); the 渭南经开区 督查 page (``经开区管委会主任…，区党工委委员、管委会副主任…陪同``); the
洪江高新区 page on the 怀化 site (``网站支持IPv6 设为首页 加入收藏``, ``来源：… 发布时间：… 【字体：``, ``区工委、区管委``); the
怀化日报 page (``怀化日报全媒体讯``, ``市领导…参加``, ``（全媒体记者 …）``, ``责编：``, ``来源：怀化新闻网``); the 信阳高新区 site
(``一区四园``: 中心园区, 平桥园区, 明港园区, 上天梯园区; ``管委会+公司``) and a 信阳日报 page on 信阳高新区 (``本报记者 … 通讯员``);
the 豫东南高新区 签约 page (``市政协主席、豫东南高新技术产业开发区党工委书记、管委会主任``); the 芜湖经开区 appointment report
(``经开区党工委、管委会``, ``工委书记、管委会主任，芜湖综合保税区管委会主任``); the 常州综保区, 喀什综保区 and 梅州综保区 pages
(``综保区管委会``, 海关 关长 / 副关长 at a 调研, ``区委副书记、区长、梅州综合保税区管理委员会主任``; 梅州市人民政府门户网站's
``來源：梅州日報 時間：… 瀏覽：- 字號：``); a 大连金普新区 page (``新区党工委副书记、管委会主任…会见``, ``责编：``); a 岳阳 site's
document list (``岳阳经济技术开发区、城陵矶新港区、南湖新区``; ``来源：… 日期：… 字号：【 视力保护色： 浏览量：``). Places are
real: 湖南 岳阳 (岳阳经开区 with 康王乡, 西塘镇; 城陵矶新港区, 岳阳楼区), 湖南 怀化 (怀化高新区, 怀化国际陆港, 鹤城区, 中方县 and its
铁坡镇), 河南 信阳 (信阳高新区 and its four parks, 平桥区, 明港镇), 河南 商丘 (商丘经开区, 睢阳区, 梁园区; its 招商 trip to 苏州
工业园区 and 昆山), 江苏 连云港 (连云港经开区 with 朝阳街道 and the 新医药产业园; 连云港综合保税区; 自贸试验区连云港片区).

Shapes: a 经开区 site (管委会 chrome, ``发布时间：… 信息来源：… 浏览次数：`` line, 撰稿 / 审核, ``【打印本页】【关闭窗口】``, 上一篇 /
下一篇, footer with 湘ICP备 / 公网安备 / 网站标识码) of a 讲评会 chaired by the ``市委常委、经开区党工委书记`` with a 纪工委书记, a
zone department head (``区经发局局长``) and the zone's 康王乡 (fx01); the 岳阳日报 第01版 (``上一版 下一版 PDF版``, 本版导读 list) of the
市长's 调研 of the zone, the former zone 书记 now 常务副市长 and the former 主任 now 书记 (fx02); a 高新区 site (``网站支持IPv6``, 相关
链接, 版权所有 footer with an address) of a 集中签约仪式 (副市长、高新区党工委书记 出席并讲话, 主任 主持, 副主任 介绍, a company
head 发言, the 招商合作局局长 signs) (fx03); the 怀化日报数字报 第01版 (``怀化日报全媒体讯（全媒体记者 …）``, 责编, 来源) of the zone's
集中开工仪式 (市委书记 宣布开工, 市长 致辞, 副市长、党工委书记 主持; the former 主任 now 中方县委书记, the former 副主任 now 主任)
(fx04); a 高新区 site (``时间：… 来源：… 作者：… 阅读：296次 … 分享到：``, 编辑 / 审核, 网站地图 footer) of a 推进会暨经济运行分析会
with a 管委会一级调研员, a neighbouring 区长 and a park's 管委会主任 (fx05); the 信阳日报 第01版 (本版其他稿件 list) of the 市委书记's
调研, the former 平桥区长 now 高新区党工委书记 (fx06); a 经开区 site of a 招商 trip: a 推介会暨项目签约仪式 in 苏州 (副市长 致辞, 党工委
书记、管委会主任 主持, 市商务局局长) and the company visits (fx07); a 经开区 site that writes the zone ``开发区`` (``时间：… 作者：…
来源：党群工作部 点击：``) of a 集中开工活动 with a street's 党工委书记 (fx08); the 连云港日报 第A1版 (版面导航 / 标题导航) of the 市长's
调研 of the 综保区 and the 经开区 with the 海关 关长; the former 经开区 副主任 now 综保区党工委书记、管委会主任 (fx09); the 河南省人民政府
门户网站's 市县动态 copy of a 商丘日报 report (``来源：商丘日报``, ``分享到：``, 相关新闻, 主办 / 承办 footer) of the 市长's 调研 and the
座谈会 after it (fx10).

Identity cases:
- fx:喻明翰: 岳阳市委常委、岳阳经开区党工委书记 (fx01, April 2021) → 岳阳市委常委、常务副市长 (fx02, Sept 2023).
- fx:符冠英: 岳阳经开区党工委副书记、管委会主任 (fx01, 2021) → 党工委书记 (fx02, 2023); his 主任 post goes to fx:邝一鸣.
- fx:滕子骞: 怀化高新区党工委副书记、管委会主任 (fx03, Nov 2021) → 中方县委书记 (fx04, June 2023).
- fx:粟海鹰: 怀化高新区党工委委员、管委会副主任 (fx03, 2021) → 党工委副书记、管委会主任 (fx04, 2023).
- fx:裴予川: 平桥区委副书记、区长 (fx05, Aug 2022) → 信阳高新区党工委书记 (fx06, March 2024).
- fx:殷若宁: 连云港经开区党工委委员、管委会副主任 (fx08, July 2022) → 连云港综保区党工委书记、管委会主任 (fx09, April 2024).
- fx:闵书恒: 商丘经开区党工委书记、管委会主任 (fx07, May 2023) → 商丘市政协副主席、经开区党工委书记 (fx10, July 2024);
  fx:靳思远: 党工委委员、管委会副主任 (2023) → 党工委副书记、管委会主任 (2024).
- the same officials on two pages: fx:向秉文 (怀化 副市长、高新区党工委书记, 2021 and 2023), fx:胥明哲 (信阳高新区党工委副书记、
  管委会主任, 2022 and 2024), fx:桂德润 (连云港市委常委、经开区党工委书记, 2022 and 2024), fx:仲启帆 (连云港经开区 主任, 2022, 2024).
- two different 蒋维汉 in unrelated places: fx:蒋维汉#1 is 怀化高新区招商合作局局长 (湖南, fx03); fx:蒋维汉#2 is 朝阳街道党工委书记
  in 连云港经开区 (江苏, fx08).
- one zone name in several cities: bare ``高新区`` is 怀化's (fx03, fx04) and 信阳's (fx05, fx06); bare ``经开区`` is 岳阳's (fx01,
  fx02), 商丘's (fx07, fx10) and 连云港's (fx09); bare ``党工委`` / ``管委会`` / ``市委`` / ``副市长`` belong to each page's zone / city;
  ``综合保税区`` / ``综保区`` is 连云港's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, fd, ad where they speak; decided here where they are silent):
- Zone labels: city name without 市 + the zone's short name: ``岳阳经开区``, ``怀化高新区``, ``信阳高新区``, ``商丘经开区``,
  ``连云港经开区`` (连云港经济技术开发区, written ``开发区`` on its own site and ``经开区`` in the paper), ``连云港综保区`` (连云港综合
  保税区 / 综合保税区 / 综保区). 党工委 goes with 书记 / 副书记 / 委员, 管委会 with 主任 / 副主任 / 一级调研员.
- ``市委常委、经开区党工委书记`` → X市委 常委 + zone 党工委 书记; ``副市长、高新区党工委书记`` → 怀化市政府 副市长 + 怀化高新区党工委
  书记; ``市政协副主席、经开区党工委书记`` → 商丘市政协 副主席 + 商丘经开区党工委 书记; ``市委副秘书长、市委政研室主任`` → 信阳市委
  副秘书长 + 信阳市委政研室 主任; ``市政府秘书长`` → 连云港市政府 秘书长; ``连云港海关关长`` → 连云港海关 关长.
- The zone's own organs and departments as written after the zone label (as bq, fd): ``纪工委书记`` → 岳阳经开区纪工委 书记;
  ``区经发局局长`` → 岳阳经开区经发局 局长; ``高新区招商合作局局长`` → 怀化高新区招商合作局 局长; ``管委会一级调研员`` → 信阳高新区
  管委会 一级调研员 (a rank is a post of the body that holds it, CONVENTIONS). A park's 管委会 (一区四园) is zone label + park +
  管委会 (as bq): ``明港园区管委会主任`` → 信阳高新区明港园区管委会 主任.
- A town or street the zone's pages present as the zone's takes the zone label (as bq): ``经开区康王乡党委书记`` → 岳阳经开区康王乡
  党委 书记; ``朝阳街道党工委书记`` on the 连云港经开区 site (``各街道`` are the zone's) → 连云港经开区朝阳街道党工委 书记.
- DECIDED HERE: ``中方县委书记滕子骞`` in the 怀化日报 is 中方县委 书记 (a county of 怀化, as written; the county and the zone
  are distinct bodies even though part of the zone lies in the county).
- Not posts: company roles (董事长, 副总经理, 总经理: type ``company_executive``, named without a post); ``项目方代表``; the act of
  signing for the 管委会 (``代表管委会与企业签订投资协议``); group wordings (班子成员, 主要负责同志).
- Events: 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers; one who
  only 汇报 / 介绍 is a speaker, not an attendee, as fd); the 座谈会 after a 调研 is a meeting of its own (as bs, ak); 讲评会 and
  推进会暨经济运行分析会 are meetings (chair when 主持; 出席 attendees; 通报 / 汇报 / 作了安排 / 交流 speakers); the 签约仪式 and the
  集中开工仪式 / 集中开工活动 are ``ceremony`` (主持 = chair; 出席并讲话 / 出席并致辞 = attendee and speaker; 宣布开工 / 致辞 / 介绍 /
  发言 / 表态发言 speakers, as ad; as fd, the official who signs for the zone is an attendee). DECIDED HERE: the
  ``会前…实地察看`` tour before the fx01 讲评会 is a ``site observation`` of its own with no named participant (``与会人员``); the
  company visits during the 苏州 trip (fx07, ``活动期间…带队走访``) are an ``inspection (招商考察)`` led by the zone's 书记.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``怀化日报全媒体讯（全媒体记者 …）``, ``本报讯（记者 …）`` and a closing ``（记者 …）`` are
  reporter / correspondent lines; ``作者：`` on a zone site and ``撰稿：`` are author lines; 责任编辑 / 责编 / 编辑 / 审核 / 校对 are
  editor lines. A person who is both 作者 and 编辑 (fx05) has both lines.
- Projects: named works signed, started, visited or reported: a 产业园 (or its 期 / 标准厂房) ``industrial_park``; 冷链物流中心 /
  冷链物流园 / 冷链仓储 / 分拨中心 ``logistics_hub``; a 污水处理厂 work ``infrastructure_project``; production bases, a 综合体, a
  维修检测中心 / 监管中心 and a 产业新城 ``project``. Generic phrases (标准厂房建设, 合作园区, 创新平台) are not projects.
- Places: one line per name per file, as written; places inside organ references and project names count (not inside company
  names); bare zone forms (经开区, 高新区, 综合保税区, 综保区) are annotated as written. DECIDED HERE: the bare common noun
  ``开发区`` (fx02 ``开发区改革发展``, fx08 the zone's own ``开发区``) is not annotated (the full name is on the page; the word is also
  used generically); the parks of 信阳高新区's 一区四园 (明港园区, 上天梯园区, 平桥园区) and 连云港经开区's 新医药产业园 are places
  (``zone_park``, as bq); 怀化国际陆港 is a place (DECIDED HERE: kind ``port``, an inland port); trade corridors and initiatives (西部陆海新通道, 新亚欧陆海联运通道, 一带一路)
  and the province lists ``豫鲁苏皖`` / 五省边际 are not places (DECIDED HERE); regions with a name (长江经济带, 淮河生态经济带, 长三角, 珠三角, 京津冀, 豫东)
  are. Site lines, mastheads, navigation, 来源 lines, footers (and the address in fx03's), 本版导读 / 本版其他稿件 / 标题导航 / 相关
  新闻 / 上一篇 / 下一篇 lists are not annotated (as fd).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YY, HH, XY, SQ, LJ, LZ = "岳阳经开区", "怀化高新区", "信阳高新区", "商丘经开区", "连云港经开区", "连云港综保区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fx01_yueyang.txt": (2021, "发布时间：2021-04-09 18:26", YY, [
        ("喻明翰主持召开经开区一季度项目建设讲评会", "4月8日下午", "2021-04-08", "4月8日下午，市委常委",
         "经开区 site: 讲评会 chaired by the 市委常委、经开区党工委书记; 主任, 副主任, 纪工委书记, 区经发局局长, the zone's 康王乡; site tour before it")]),
    "fx02_yueyang.txt": (2023, "2023年09月15日　星期五", "岳阳市", [
        ("龚继平在岳阳经开区调研时强调", "9月14日", "2023-09-14", "本报讯（记者 冉雨桐 通讯员 卢家豪）9月14日",
         "city paper 第01版: the 市长's 调研 of 岳阳经开区; 喻明翰 now 常务副市长, 符冠英 now 党工委书记, 邝一鸣 the new 主任")]),
    "fx03_huaihua.txt": (2021, "发布时间：2021-11-19 17:05", HH, [
        ("高新区举行2021年第四季度招商引资项目集中签约仪式", "11月18日上午", "2021-11-18", "11月18日上午，高新区2021年",
         "高新区 site: 集中签约仪式 (副市长、党工委书记 讲话, 主任 主持, 副主任 介绍, company head 发言, 招商合作局局长 signs)")]),
    "fx04_huaihua.txt": (2023, "2023年06月21日　星期三", "怀化市", [
        ("怀化高新区二季度17个重点项目集中开工", "6月20日上午", "2023-06-20", "怀化日报全媒体讯（全媒体记者 汪沐阳）6月20日上午",
         "city paper 第01版: 集中开工仪式 (市委书记 宣布开工, 市长 致辞, 副市长、党工委书记 主持); 滕子骞 now 中方县委书记, 粟海鹰 now 主任")]),
    "fx05_xinyang.txt": (2022, "时间：2022-08-05 16:48", XY, [
        ("高新区召开“一区四园”建设推进会暨上半年经济运行分析会", "8月4日", "2022-08-04", "8月4日，高新区召开",
         "高新区 site: 推进会暨经济运行分析会 (党工委书记 讲话, 主任 主持, 一级调研员, 平桥区长, 明港园区管委会主任)")]),
    "fx06_xinyang.txt": (2024, "2024年03月13日", "信阳市", [
        ("阮致远到信阳高新区调研时强调", "3月12日", "2024-03-12", "本报讯（记者 米浩然）3月12日",
         "city paper 第01版: the 市委书记's 调研 of 信阳高新区; 裴予川 now 党工委书记")]),
    "fx07_shangqiu.txt": (2023, "发布日期：2023-05-26", SQ, [
        ("商丘经开区（苏州）产业合作推介会暨项目签约仪式举行", "5月25日", "2023-05-25", "5月25日，商丘经开区（苏州）",
         "经开区 site: 推介会暨项目签约仪式 in 苏州 (副市长 致辞, 党工委书记、管委会主任 主持, 市商务局局长, 副主任 推介); company visits")]),
    "fx08_lianyungang.txt": (2022, "时间：2022-07-01 10:12", LJ, [
        ("开发区举行二季度重大项目集中开工活动", "6月30日上午", "2022-06-30", "6月30日上午，连云港经济技术开发区",
         "经开区 site (zone written 开发区): 集中开工活动 (市委常委、党工委书记 宣布开工, 主任 主持, 副主任 介绍, 朝阳街道党工委书记 表态)")]),
    "fx09_lianyungang.txt": (2024, "2024年04月19日", "连云港市", [
        ("戴恒之在连云港综保区和经开区调研时要求", "4月18日", "2024-04-18", "本报讯（记者 闫书朋 通讯员 辛雨霏）4月18日",
         "city paper 第A1版: the 市长's 调研 of the 综保区 and the 经开区 with the 海关 关长; 殷若宁 now 综保区党工委书记、管委会主任")]),
    "fx10_shangqiu.txt": (2024, "2024-07-12 09:35", "商丘市", [
        ("商丘：娄振东到经开区调研项目建设和开发区改革工作", "7月11日", "2024-07-11", "7月11日，商丘市委副书记",
         "provincial portal copy of a 商丘日报 report: the 市长's 调研 and the 座谈会; 闵书恒 now 市政协副主席、党工委书记, 靳思远 now 主任")]),
}

_F01_YU = "市委常委、经开区党工委书记喻明翰主持召开"
_F02_YU = "市委常委、常务副市长喻明翰"
_F03_XI = "副市长、高新区党工委书记向秉文出席并讲话"
_F04_XI = "副市长、高新区党工委书记向秉文主持仪式"
_F08_GU = "市委常委、开发区党工委书记桂德润宣布开工"
_F09_GU = "市委常委、经开区党工委书记桂德润"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 岳阳
    "fx:喻明翰": ("喻明翰", "official", "岳阳市", [
        ("fx01", "岳阳市委", "常委", _F01_YU, "2021-04; bare 市委 on the 岳阳经开区 site = 岳阳市委 (identity case: 常务副市长 in 2023, fx02)"),
        ("fx01", YY + "党工委", "书记", _F01_YU, "named in the headline too"),
        ("fx02", "岳阳市委", "常委", _F02_YU, "2023-09"),
        ("fx02", "岳阳市政府", "常务副市长", _F02_YU, "2023-09: now 常务副市长")], []),
    "fx:符冠英": ("符冠英", "official", YY, [
        ("fx01", YY + "党工委", "副书记", "党工委副书记、管委会主任符冠英", "2021-04 (identity case: 党工委书记 in 2023, fx02)"),
        ("fx01", YY + "管委会", "主任", "党工委副书记、管委会主任符冠英", None),
        ("fx02", YY + "党工委", "书记", "经开区党工委书记符冠英汇报了", "2023-09: now 书记; bare 经开区 in the 岳阳日报 = 岳阳经开区")], []),
    "fx:熊若兰": ("熊若兰", "official", YY, [
        ("fx01", YY + "党工委", "委员", "党工委委员、管委会副主任熊若兰", None),
        ("fx01", YY + "管委会", "副主任", "党工委委员、管委会副主任熊若兰", None)], []),
    "fx:巩丽萍": ("巩丽萍", "official", YY, [
        ("fx01", YY + "党工委", "委员", "党工委委员、纪工委书记巩丽萍", None),
        ("fx01", YY + "纪工委", "书记", "党工委委员、纪工委书记巩丽萍", "the zone's 纪工委 (as bq)")], []),
    "fx:卜亦凡": ("卜亦凡", "official", YY, [
        ("fx01", YY + "经发局", "局长", "区经发局局长卜亦凡", "zone department, short form kept (as fd)")], []),
    "fx:欧阳立丰": ("欧阳立丰", "official", YY, [
        ("fx01", YY + "康王乡党委", "书记", "经开区康王乡党委书记欧阳立丰", "the page writes 经开区康王乡: the zone's township (as bq)")], []),
    "fx:龚继平": ("龚继平", "official", "岳阳市", [
        ("fx02", "岳阳市委", "副书记", "市委副书记、市长龚继平到岳阳经开区调研", "named in the headline too"),
        ("fx02", "岳阳市政府", "市长", "市委副书记、市长龚继平到岳阳经开区调研", None)], []),
    "fx:庹晓岚": ("庹晓岚", "official", "岳阳市", [
        ("fx02", "岳阳市政府", "副市长", "副市长庹晓岚参加调研", None)], []),
    "fx:邝一鸣": ("邝一鸣", "official", YY, [
        ("fx02", YY + "党工委", "副书记", "经开区党工委副书记、管委会主任邝一鸣介绍了", "succeeds 符冠英 as 主任"),
        ("fx02", YY + "管委会", "主任", "经开区党工委副书记、管委会主任邝一鸣介绍了", None)], []),
    # ---- 怀化
    "fx:向秉文": ("向秉文", "official", "怀化市", [
        ("fx03", "怀化市政府", "副市长", _F03_XI, "2021-11; bare 副市长 on the 怀化高新区 site = 怀化's"),
        ("fx03", HH + "党工委", "书记", _F03_XI, None),
        ("fx04", "怀化市政府", "副市长", _F04_XI, "2023-06: the same posts"),
        ("fx04", HH + "党工委", "书记", _F04_XI, None)], []),
    "fx:滕子骞": ("滕子骞", "official", HH, [
        ("fx03", HH + "党工委", "副书记", "高新区党工委副书记、管委会主任滕子骞主持仪式", "2021-11 (identity case: 中方县委书记 in 2023, fx04)"),
        ("fx03", HH + "管委会", "主任", "高新区党工委副书记、管委会主任滕子骞主持仪式", None),
        ("fx04", "中方县委", "书记", "中方县委书记滕子骞出席", "2023-06: now 中方县委书记 (DECIDED HERE: the county's, as written)")], []),
    "fx:粟海鹰": ("粟海鹰", "official", HH, [
        ("fx03", HH + "党工委", "委员", "党工委委员、管委会副主任粟海鹰介绍了签约项目情况", "2021-11 (identity case: 主任 in 2023, fx04)"),
        ("fx03", HH + "管委会", "副主任", "党工委委员、管委会副主任粟海鹰介绍了签约项目情况", None),
        ("fx04", HH + "党工委", "副书记", "高新区党工委副书记、管委会主任粟海鹰介绍了开工项目情况", "2023-06: now 副书记、主任"),
        ("fx04", HH + "管委会", "主任", "高新区党工委副书记、管委会主任粟海鹰介绍了开工项目情况", None)], []),
    "fx:蒋维汉#1": ("蒋维汉", "official", HH, [
        ("fx03", HH + "招商合作局", "局长", "高新区招商合作局局长蒋维汉代表管委会与企业签订投资协议", "怀化 (湖南); not the 蒋维汉 of 连云港 (fx08); zone department as written")], []),
    "fx:褚亦舟": ("褚亦舟", "company_executive", HH, [], ["fx03"]),
    "fx:聂崇山": ("聂崇山", "official", "怀化市", [
        ("fx04", "怀化市委", "书记", "市委书记聂崇山宣布项目开工", "named in the headline too")], []),
    "fx:覃玉衡": ("覃玉衡", "official", "怀化市", [
        ("fx04", "怀化市委", "副书记", "市委副书记、市长覃玉衡致辞", None),
        ("fx04", "怀化市政府", "市长", "市委副书记、市长覃玉衡致辞", None)], []),
    "fx:段晓晖": ("段晓晖", "company_executive", HH, [], ["fx04"]),
    # ---- 信阳
    "fx:詹立川": ("詹立川", "official", XY, [
        ("fx05", XY + "党工委", "书记", "党工委书记詹立川出席并讲话", "2022-08; bare 党工委 on the 信阳高新区 site")], []),
    "fx:胥明哲": ("胥明哲", "official", XY, [
        ("fx05", XY + "党工委", "副书记", "党工委副书记、管委会主任胥明哲主持会议", "2022-08"),
        ("fx05", XY + "管委会", "主任", "党工委副书记、管委会主任胥明哲主持会议", None),
        ("fx06", XY + "党工委", "副书记", "党工委副书记、管委会主任胥明哲介绍了", "2024-03: the same posts"),
        ("fx06", XY + "管委会", "主任", "党工委副书记、管委会主任胥明哲介绍了", None)], []),
    "fx:柯映雪": ("柯映雪", "official", XY, [
        ("fx05", XY + "管委会", "一级调研员", "管委会一级调研员柯映雪", "a rank: post of the 管委会 that holds it")], []),
    "fx:裴予川": ("裴予川", "official", "平桥区", [
        ("fx05", "平桥区委", "副书记", "平桥区委副书记、区长裴予川出席会议", "2022-08 (identity case: 信阳高新区党工委书记 in 2024, fx06)"),
        ("fx05", "平桥区政府", "区长", "平桥区委副书记、区长裴予川出席会议", None),
        ("fx06", XY + "党工委", "书记", "高新区党工委书记裴予川汇报了", "2024-03: now the zone's 党工委书记")], []),
    "fx:包海若": ("包海若", "official", XY, [
        ("fx05", XY + "明港园区管委会", "主任", "明港园区管委会主任包海若汇报了", "a park's 管委会 under the zone (as bq)")], []),
    "fx:阮致远": ("阮致远", "official", "信阳市", [
        ("fx06", "信阳市委", "书记", "市委书记阮致远到信阳高新区调研", "named in the headline too")], []),
    "fx:骆蔚然": ("骆蔚然", "official", "信阳市", [
        ("fx06", "信阳市政府", "副市长", "副市长骆蔚然", None)], []),
    "fx:冼立群": ("冼立群", "official", "信阳市", [
        ("fx06", "信阳市委", "副秘书长", "市委副秘书长、市委政研室主任冼立群参加调研", None),
        ("fx06", "信阳市委政研室", "主任", "市委副秘书长、市委政研室主任冼立群参加调研", None)], []),
    # ---- 商丘
    "fx:姬红梅": ("姬红梅", "official", "商丘市", [
        ("fx07", "商丘市政府", "副市长", "副市长姬红梅出席并致辞", "bare 副市长 on the 商丘经开区 site = 商丘's")], []),
    "fx:闵书恒": ("闵书恒", "official", SQ, [
        ("fx07", SQ + "党工委", "书记", "经开区党工委书记、管委会主任闵书恒主持活动", "2023-05 (identity case: 市政协副主席、党工委书记 in 2024, fx10)"),
        ("fx07", SQ + "管委会", "主任", "经开区党工委书记、管委会主任闵书恒主持活动", None),
        ("fx10", "商丘市政协", "副主席", "市政协副主席、经开区党工委书记闵书恒", "2024-07: now also 市政协副主席, no longer 主任"),
        ("fx10", SQ + "党工委", "书记", "市政协副主席、经开区党工委书记闵书恒", None)], []),
    "fx:晏清华": ("晏清华", "official", "商丘市", [
        ("fx07", "商丘市商务局", "局长", "市商务局局长晏清华", None)], []),
    "fx:靳思远": ("靳思远", "official", SQ, [
        ("fx07", SQ + "党工委", "委员", "经开区党工委委员、管委会副主任靳思远出席", "2023-05 (identity case: 主任 in 2024, fx10)"),
        ("fx07", SQ + "管委会", "副主任", "经开区党工委委员、管委会副主任靳思远出席", None),
        ("fx10", SQ + "党工委", "副书记", "经开区党工委副书记、管委会主任靳思远陪同调研", "2024-07: now 副书记、主任"),
        ("fx10", SQ + "管委会", "主任", "经开区党工委副书记、管委会主任靳思远陪同调研", None)], []),
    "fx:施杭生": ("施杭生", "company_executive", "苏州市", [], ["fx07"]),
    "fx:娄振东": ("娄振东", "official", "商丘市", [
        ("fx10", "商丘市委", "副书记", "商丘市委副书记、市长娄振东到商丘经开区调研", "named in the headline too"),
        ("fx10", "商丘市政府", "市长", "商丘市委副书记、市长娄振东到商丘经开区调研", None)], []),
    # ---- 连云港
    "fx:桂德润": ("桂德润", "official", "连云港市", [
        ("fx08", "连云港市委", "常委", _F08_GU, "2022-07; bare 市委 on the 连云港经开区 site"),
        ("fx08", LJ + "党工委", "书记", _F08_GU, "开发区 on its own site = 连云港经开区"),
        ("fx09", "连云港市委", "常委", _F09_GU, "2024-04: the same posts"),
        ("fx09", LJ + "党工委", "书记", _F09_GU, None)], []),
    "fx:仲启帆": ("仲启帆", "official", LJ, [
        ("fx08", LJ + "党工委", "副书记", "开发区党工委副书记、管委会主任仲启帆主持活动", "2022-07"),
        ("fx08", LJ + "管委会", "主任", "开发区党工委副书记、管委会主任仲启帆主持活动", None),
        ("fx09", LJ + "党工委", "副书记", "经开区党工委副书记、管委会主任仲启帆陪同调研", "2024-04: the same posts"),
        ("fx09", LJ + "管委会", "主任", "经开区党工委副书记、管委会主任仲启帆陪同调研", None)], []),
    "fx:殷若宁": ("殷若宁", "official", "连云港市", [
        ("fx08", LJ + "党工委", "委员", "开发区党工委委员、管委会副主任殷若宁介绍了开工项目情况", "2022-07 (identity case: 综保区 书记、主任 in 2024, fx09)"),
        ("fx08", LJ + "管委会", "副主任", "开发区党工委委员、管委会副主任殷若宁介绍了开工项目情况", None),
        ("fx09", LZ + "党工委", "书记", "综保区党工委书记、管委会主任殷若宁汇报了", "2024-04: now heads 连云港综保区"),
        ("fx09", LZ + "管委会", "主任", "综保区党工委书记、管委会主任殷若宁汇报了", None)], []),
    "fx:蒋维汉#2": ("蒋维汉", "official", LJ, [
        ("fx08", LJ + "朝阳街道党工委", "书记", "朝阳街道党工委书记蒋维汉作表态发言", "连云港 (江苏); not the 蒋维汉 of 怀化高新区 (fx03); the zone's street (as bq)")], []),
    "fx:钮佳宁": ("钮佳宁", "company_executive", LJ, [], ["fx08"]),
    "fx:戴恒之": ("戴恒之", "official", "连云港市", [
        ("fx09", "连云港市委", "副书记", "市委副书记、市长戴恒之到连云港综合保税区", "named in the headline too"),
        ("fx09", "连云港市政府", "市长", "市委副书记、市长戴恒之到连云港综合保税区", None)], []),
    "fx:项佳音": ("项佳音", "official", "连云港市", [
        ("fx09", "连云港市政府", "副市长", "副市长项佳音", None)], []),
    "fx:宓卫国": ("宓卫国", "official", "连云港市", [
        ("fx09", "连云港海关", "关长", "连云港海关关长宓卫国", None)], []),
    "fx:寇文轩": ("寇文轩", "official", "连云港市", [
        ("fx09", "连云港市政府", "秘书长", "市政府秘书长寇文轩参加调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fx01", "彭嘉树", "撰稿", "author", "（撰稿：彭嘉树　审核：温卓然）"),
    ("fx01", "温卓然", "审核", "editor", "（撰稿：彭嘉树　审核：温卓然）"),
    ("fx02", "冉雨桐", "记者", "reporter", "本报讯（记者 冉雨桐 通讯员 卢家豪）"),
    ("fx02", "卢家豪", "通讯员", "correspondent", "本报讯（记者 冉雨桐 通讯员 卢家豪）"),
    ("fx02", "戚静怡", "责任编辑", "editor", "责任编辑：戚静怡"),
    ("fx03", "卞志强", "责任编辑", "editor", "责任编辑：卞志强"),
    ("fx04", "汪沐阳", "全媒体记者", "reporter", "怀化日报全媒体讯（全媒体记者 汪沐阳）"),
    ("fx04", "应晨曦", "责编", "editor", "（责编：应晨曦）"),
    ("fx05", "陶沁园", "作者", "author", "作者：陶沁园"),
    ("fx05", "陶沁园", "编辑", "editor", "编辑：陶沁园"),
    ("fx05", "季若溪", "审核", "editor", "审核：季若溪"),
    ("fx06", "米浩然", "记者", "reporter", "本报讯（记者 米浩然）"),
    ("fx06", "郁敏之", "编辑", "editor", "编辑：郁敏之"),
    ("fx07", "万晴川", "责任编辑", "editor", "责任编辑：万晴川"),
    ("fx08", "章一帆", "作者", "author", "作者：章一帆"),
    ("fx09", "闫书朋", "记者", "reporter", "本报讯（记者 闫书朋 通讯员 辛雨霏）"),
    ("fx09", "辛雨霏", "通讯员", "correspondent", "本报讯（记者 闫书朋 通讯员 辛雨霏）"),
    ("fx09", "柏知行", "编辑", "editor", "编辑：柏知行"),
    ("fx09", "岑书瑶", "校对", "editor", "校对：岑书瑶"),
    ("fx10", "俞可馨", "记者", "reporter", "（记者 俞可馨）"),
    ("fx10", "洪嘉懿", "责任编辑", "editor", "【责任编辑：洪嘉懿】"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("fx01", "经开区一季度重点项目现场察看", "site observation (现场察看)", "4月8日下午", None, None, [],
     [], [], "康王乡、西塘镇",
     "会前，与会人员实地察看了康王乡智能终端产业园二期",
     []),
    ("fx01", "经开区一季度项目建设讲评会", "meeting (讲评会)", "4月8日下午", "喻明翰", None, [],
     ["符冠英", "熊若兰", "巩丽萍"], ["卜亦凡", "欧阳立丰", "熊若兰", "符冠英", "喻明翰", "巩丽萍"], None,
     "市委常委、经开区党工委书记喻明翰主持召开经开区一季度项目建设讲评会",
     ["经开区党工委书记喻明翰主持召开", "管委会主任符冠英", "管委会副主任熊若兰", "纪工委书记巩丽萍出席会议", "区经发局局长卜亦凡通报了",
      "欧阳立丰汇报了", "熊若兰就汛期前在建工地安全生产作了具体安排", "符冠英要求", "喻明翰强调", "巩丽萍就项目领域作风监督提出要求"]),
    ("fx02", "岳阳经开区开发区改革发展和重点项目建设调研", "inspection (调研)", "9月14日", None, "龚继平", [],
     ["喻明翰", "庹晓岚"], ["符冠英", "邝一鸣", "龚继平", "喻明翰", "庹晓岚"], "岳阳经开区",
     "市委副书记、市长龚继平到岳阳经开区调研开发区改革发展和重点项目建设工作",
     ["市长龚继平到岳阳经开区调研", "常务副市长喻明翰", "副市长庹晓岚参加调研", "经开区党工委书记符冠英汇报了", "管委会主任邝一鸣介绍了",
      "龚继平指出", "喻明翰要求", "庹晓岚就做好园区企业用工保障作了安排"]),
    ("fx03", "高新区2021年第四季度招商引资项目集中签约仪式", "ceremony (签约仪式)", "11月18日上午", "滕子骞", None, ["怀化高新区"],
     ["向秉文", "蒋维汉"], ["向秉文", "粟海鹰", "褚亦舟", "滕子骞"], "区企业服务中心",
     "11月18日上午，高新区2021年第四季度招商引资项目集中签约仪式在区企业服务中心举行",
     ["高新区党工委书记向秉文出席并讲话", "管委会主任滕子骞主持仪式", "粟海鹰介绍了签约项目情况", "董事长褚亦舟代表签约企业发言",
      "局长蒋维汉代表管委会与企业签订投资协议", "向秉文在讲话中指出", "滕子骞要求"]),
    ("fx04", "怀化高新区2023年第二季度重点项目集中开工仪式", "ceremony (集中开工仪式)", "6月20日上午", "向秉文", None, [],
     ["滕子骞"], ["聂崇山", "覃玉衡", "粟海鹰", "段晓晖"], "怀化国际陆港片区",
     "怀化高新区2023年第二季度重点项目集中开工仪式在怀化国际陆港片区举行",
     ["市委书记聂崇山宣布项目开工", "市长覃玉衡致辞", "高新区党工委书记向秉文主持仪式", "中方县委书记滕子骞出席",
      "粟海鹰介绍了开工项目情况", "总经理段晓晖发言", "覃玉衡在致辞中说", "聂崇山在宣布开工前强调"]),
    ("fx05", "“一区四园”建设推进会暨上半年经济运行分析会", "meeting (推进会)", "8月4日", "胥明哲", None, ["信阳高新区"],
     ["詹立川", "柯映雪", "裴予川"], ["包海若", "柯映雪", "裴予川", "胥明哲", "詹立川"], None,
     "8月4日，高新区召开“一区四园”建设推进会暨上半年经济运行分析会",
     ["党工委书记詹立川出席并讲话", "管委会主任胥明哲主持会议", "管委会一级调研员柯映雪", "区长裴予川出席会议", "包海若汇报了",
      "柯映雪通报了", "裴予川表示", "胥明哲要求", "詹立川强调"]),
    ("fx06", "信阳高新区“一区四园”建设和重点项目推进调研", "inspection (调研)", "3月12日", None, "阮致远", [],
     ["骆蔚然", "冼立群"], ["裴予川", "胥明哲", "阮致远", "骆蔚然"], "信阳高新区",
     "市委书记阮致远到信阳高新区调研“一区四园”建设和重点项目推进工作",
     ["市委书记阮致远到信阳高新区调研", "副市长骆蔚然", "市委政研室主任冼立群参加调研", "高新区党工委书记裴予川汇报了", "胥明哲介绍了",
      "阮致远指出", "骆蔚然就做好园区要素保障和安全生产作了安排"]),
    ("fx07", "商丘经开区（苏州）产业合作推介会暨项目签约仪式", "ceremony (签约仪式)", "5月25日", "闵书恒", None, [],
     ["姬红梅", "晏清华", "靳思远"], ["靳思远", "姬红梅", "施杭生"], "苏州工业园区",
     "5月25日，商丘经开区（苏州）产业合作推介会暨项目签约仪式在苏州工业园区举行",
     ["副市长姬红梅出席并致辞", "管委会主任闵书恒主持活动", "市商务局局长晏清华", "管委会副主任靳思远出席", "靳思远从区位交通",
      "姬红梅在致辞中说", "董事长施杭生代表签约企业发言"]),
    ("fx07", "昆山、苏州工业园区企业走访", "inspection (招商考察)", "活动期间", None, "闵书恒", [],
     [], ["闵书恒"], "昆山、苏州工业园区",
     "活动期间，闵书恒带队走访了昆山、苏州工业园区的6家企业",
     ["闵书恒带队走访了", "闵书恒表示"]),
    ("fx08", "连云港经济技术开发区2022年二季度重大项目集中开工活动", "ceremony (集中开工活动)", "6月30日上午", "仲启帆", None, [],
     [], ["桂德润", "殷若宁", "钮佳宁", "蒋维汉"], "新医药产业园",
     "6月30日上午，连云港经济技术开发区2022年二季度重大项目集中开工活动在新医药产业园举行",
     ["开发区党工委书记桂德润宣布开工", "管委会主任仲启帆主持活动", "殷若宁介绍了开工项目情况", "副总经理钮佳宁发言",
      "蒋维汉作表态发言", "仲启帆要求", "桂德润强调"]),
    ("fx09", "连云港综合保税区和经开区开放平台建设和外贸稳增长调研", "inspection (调研)", "4月18日", None, "戴恒之", [],
     ["项佳音", "宓卫国", "寇文轩", "桂德润", "仲启帆"], ["殷若宁", "仲启帆", "戴恒之", "宓卫国", "项佳音"],
     "连云港综合保税区、连云港经济技术开发区",
     "市委副书记、市长戴恒之到连云港综合保税区和连云港经济技术开发区调研开放平台建设和外贸稳增长工作",
     ["市长戴恒之到连云港综合保税区", "副市长项佳音", "连云港海关关长宓卫国", "市政府秘书长寇文轩参加调研", "殷若宁汇报了",
      "经开区党工委书记桂德润", "仲启帆陪同调研", "仲启帆介绍了", "戴恒之指出", "宓卫国表示", "项佳音就做好外贸企业服务"]),
    ("fx10", "商丘经开区项目建设和开发区改革调研", "inspection (调研)", "7月11日", None, "娄振东", [],
     ["闵书恒", "靳思远"], [], "商丘经开区",
     "商丘市委副书记、市长娄振东到商丘经开区调研项目建设和开发区改革工作",
     ["市长娄振东到商丘经开区调研", "经开区党工委书记闵书恒", "管委会主任靳思远陪同调研"]),
    ("fx10", "座谈会", "meeting (座谈会)", "7月11日", None, None, [],
     [], ["靳思远", "闵书恒", "娄振东"], None,
     "在随后召开的座谈会上，靳思远汇报了经开区上半年经济运行",
     ["靳思远汇报了", "闵书恒介绍了", "娄振东指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fx01", "康王乡智能终端产业园二期", "industrial_park", "实地察看了康王乡智能终端产业园二期"),
    ("fx01", "岳阳经开区电子信息产业园标准厂房三期", "industrial_park", "岳阳经开区电子信息产业园标准厂房三期"),
    ("fx01", "西塘镇污水处理厂扩建工程", "infrastructure_project", "西塘镇污水处理厂扩建工程等项目现场"),
    ("fx02", "康王乡智能终端产业园二期", "industrial_park", "先后来到康王乡智能终端产业园二期"),
    ("fx02", "经开区新能源电池材料产业园", "industrial_park", "经开区新能源电池材料产业园和西塘镇"),
    ("fx02", "西塘镇污水处理厂扩建工程", "infrastructure_project", "西塘镇污水处理厂扩建工程现场"),
    ("fx03", "怀化国际陆港冷链物流中心项目", "logistics_hub", "怀化国际陆港冷链物流中心项目总投资15亿元"),
    ("fx03", "湖南沅润新材料有限公司高性能复合材料生产基地项目", "project", "湖南沅润新材料有限公司高性能复合材料生产基地项目总投资8.2亿元"),
    ("fx04", "怀化国际陆港冷链物流中心项目一期", "logistics_hub", "怀化国际陆港冷链物流中心项目一期将于年底建成"),
    ("fx04", "沅润新材料高性能复合材料生产基地项目二期", "project", "沅润新材料高性能复合材料生产基地项目二期"),
    ("fx04", "高新区标准厂房四期", "industrial_park", "高新区标准厂房四期"),
    ("fx04", "中方县铁坡镇高新区配套产业园", "industrial_park", "中方县铁坡镇高新区配套产业园等项目同步开工"),
    ("fx05", "明港镇产业新城", "project", "明港镇产业新城建设情况"),
    ("fx05", "信阳电子信息产业园三期", "industrial_park", "加快信阳电子信息产业园三期"),
    ("fx05", "高新区创新创业综合体", "project", "高新区创新创业综合体等项目建设"),
    ("fx06", "信阳电子信息产业园三期", "industrial_park", "先后来到信阳电子信息产业园三期"),
    ("fx06", "高新区创新创业综合体", "project", "高新区创新创业综合体和明港园区"),
    ("fx06", "明港园区钢铁精深加工产业园", "industrial_park", "明港园区钢铁精深加工产业园，实地察看"),
    ("fx07", "天衡精密智能装备制造基地项目", "project", "天衡精密智能装备制造基地项目总投资12亿元"),
    ("fx07", "禾丰豫东冷链物流园项目", "logistics_hub", "禾丰豫东冷链物流园项目总投资9.8亿元"),
    ("fx08", "恒瑞达创新药制剂产业化基地项目", "project", "恒瑞达创新药制剂产业化基地项目总投资18亿元"),
    ("fx08", "连云港港口物流园冷链仓储二期项目", "logistics_hub", "连云港港口物流园冷链仓储二期项目总投资6.5亿元"),
    ("fx09", "保税维修检测中心", "project", "察看了保税维修检测中心"),
    ("fx09", "跨境电商监管中心", "project", "跨境电商监管中心和进口冷链分拨中心"),
    ("fx09", "进口冷链分拨中心", "logistics_hub", "跨境电商监管中心和进口冷链分拨中心"),
    ("fx09", "恒瑞达创新药制剂产业化基地", "project", "来到恒瑞达创新药制剂产业化基地"),
    ("fx09", "新医药产业园二期", "industrial_park", "经开区新医药产业园二期规划建设情况"),
    ("fx10", "天衡精密智能装备制造基地", "project", "先后来到天衡精密智能装备制造基地"),
    ("fx10", "禾丰豫东冷链物流园", "logistics_hub", "禾丰豫东冷链物流园和经开区"),
    ("fx10", "经开区智能制造产业园二期", "industrial_park", "经开区智能制造产业园二期，察看项目建设进展"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fx01", "经开区", "development_zone", "standalone", "召开经开区一季度项目建设讲评会"),
    ("fx01", "岳阳经开区", "development_zone", "in_project_name", "岳阳经开区电子信息产业园标准厂房三期"),
    ("fx01", "康王乡", "township", "in_org_reference", "经开区康王乡党委书记欧阳立丰"),
    ("fx01", "西塘镇", "town", "in_project_name", "西塘镇污水处理厂扩建工程等项目现场"),
    ("fx01", "岳阳", "city", "standalone", "为岳阳建设省域副中心城市"),
    ("fx02", "岳阳经开区", "development_zone", "standalone", "到岳阳经开区调研开发区改革发展"),
    ("fx02", "经开区", "development_zone", "standalone", "经开区是全市产业发展的主阵地"),
    ("fx02", "康王乡", "township", "in_project_name", "先后来到康王乡智能终端产业园二期"),
    ("fx02", "西塘镇", "town", "in_project_name", "西塘镇污水处理厂扩建工程现场"),
    ("fx02", "城陵矶新港区", "development_zone", "standalone", "与城陵矶新港区、岳阳楼区在产业链上错位协同"),
    ("fx02", "岳阳楼区", "district", "standalone", "与城陵矶新港区、岳阳楼区在产业链上错位协同"),
    ("fx02", "长江经济带", "region", "standalone", "合力打造长江经济带有影响力的先进制造业集群"),
    ("fx03", "高新区", "development_zone", "standalone", "11月18日上午，高新区2021年"),
    ("fx03", "怀化国际陆港", "port", "standalone", "围绕怀化国际陆港建设引进了"),
    ("fx04", "怀化高新区", "development_zone", "standalone", "怀化高新区2023年第二季度重点项目集中开工仪式"),
    ("fx04", "高新区", "development_zone", "standalone", "高新区要当好全市项目建设的排头兵"),
    ("fx04", "怀化国际陆港", "port", "standalone", "在怀化国际陆港片区举行"),
    ("fx04", "中方县", "county", "standalone", "市直有关部门、鹤城区、中方县主要负责同志"),
    ("fx04", "鹤城区", "district", "standalone", "市直有关部门、鹤城区、中方县主要负责同志"),
    ("fx04", "铁坡镇", "town", "in_project_name", "中方县铁坡镇高新区配套产业园等项目同步开工"),
    ("fx05", "高新区", "development_zone", "standalone", "8月4日，高新区召开"),
    ("fx05", "信阳高新区", "development_zone", "standalone", "支持信阳高新区创建国家高新区"),
    ("fx05", "明港园区", "zone_park", "in_org_reference", "明港园区管委会主任包海若汇报了"),
    ("fx05", "上天梯园区", "zone_park", "standalone", "上天梯园区、平桥园区负责同志作交流发言"),
    ("fx05", "平桥园区", "zone_park", "standalone", "上天梯园区、平桥园区负责同志作交流发言"),
    ("fx05", "平桥区", "district", "standalone", "平桥区将全力配合高新区"),
    ("fx05", "明港镇", "town", "in_project_name", "明港镇产业新城建设情况"),
    ("fx05", "信阳", "city", "in_project_name", "加快信阳电子信息产业园三期"),
    ("fx05", "淮河生态经济带", "region", "standalone", "在淮河生态经济带建设中当好排头兵"),
    ("fx06", "信阳高新区", "development_zone", "standalone", "市委书记阮致远到信阳高新区调研"),
    ("fx06", "高新区", "development_zone", "standalone", "推动高校、科研院所成果在高新区转化落地"),
    ("fx06", "明港园区", "zone_park", "standalone", "明港园区、上天梯园区的主导产业项目加快集聚"),
    ("fx06", "上天梯园区", "zone_park", "standalone", "明港园区、上天梯园区的主导产业项目加快集聚"),
    ("fx06", "信阳", "city", "in_project_name", "先后来到信阳电子信息产业园三期"),
    ("fx06", "长三角", "region", "standalone", "要瞄准长三角、珠三角产业转移"),
    ("fx06", "珠三角", "region", "standalone", "要瞄准长三角、珠三角产业转移"),
    ("fx07", "商丘经开区", "development_zone", "standalone", "推介了商丘经开区的投资环境"),
    ("fx07", "经开区", "development_zone", "standalone", "经开区将对签约项目实行"),
    ("fx07", "苏州工业园区", "development_zone", "standalone", "产业合作推介会暨项目签约仪式在苏州工业园区举行"),
    ("fx07", "苏州", "city", "standalone", "苏州是全国开放型经济的标杆"),
    ("fx07", "商丘", "city", "standalone", "商丘与苏州在产业链上互补性强"),
    ("fx07", "昆山", "county_level_city", "standalone", "带队走访了昆山、苏州工业园区"),
    ("fx07", "豫东", "region", "in_project_name", "禾丰豫东冷链物流园项目总投资9.8亿元"),
    ("fx08", "连云港经济技术开发区", "development_zone", "standalone", "6月30日上午，连云港经济技术开发区2022年"),
    ("fx08", "新医药产业园", "zone_park", "standalone", "集中开工活动在新医药产业园举行"),
    ("fx08", "综合保税区", "bonded_zone", "standalone", "提升综合保税区的进口冷链分拨能力"),
    ("fx08", "朝阳街道", "sub_district_office", "in_org_reference", "朝阳街道党工委书记蒋维汉作表态发言"),
    ("fx08", "自贸试验区连云港片区", "development_zone", "standalone", "自贸试验区连云港片区“三区叠加”优势"),
    ("fx08", "连云港", "city", "in_project_name", "连云港港口物流园冷链仓储二期项目"),
    ("fx09", "连云港综保区", "bonded_zone", "standalone", "戴恒之在连云港综保区和经开区调研时要求"),
    ("fx09", "连云港综合保税区", "bonded_zone", "standalone", "到连云港综合保税区和连云港经济技术开发区调研"),
    ("fx09", "综合保税区", "bonded_zone", "standalone", "在综合保税区，戴恒之一行"),
    ("fx09", "综保区", "bonded_zone", "standalone", "要发挥综保区保税功能优势"),
    ("fx09", "连云港经济技术开发区", "development_zone", "standalone", "到连云港综合保税区和连云港经济技术开发区调研"),
    ("fx09", "经开区", "development_zone", "standalone", "在经开区，戴恒之来到"),
    ("fx09", "新医药产业园", "zone_park", "in_project_name", "经开区新医药产业园二期规划建设情况"),
    ("fx09", "连云港", "city", "in_org_reference", "连云港海关关长宓卫国"),
    ("fx10", "商丘经开区", "development_zone", "standalone", "市长娄振东到商丘经开区调研"),
    ("fx10", "经开区", "development_zone", "standalone", "经开区是商丘工业经济的“压舱石”"),
    ("fx10", "商丘", "city", "standalone", "经开区是商丘工业经济的“压舱石”"),
    ("fx10", "苏州", "city", "standalone", "去年在苏州签约的"),
    ("fx10", "苏州工业园区", "development_zone", "standalone", "与苏州工业园区共建合作园区"),
    ("fx10", "豫东", "region", "in_project_name", "禾丰豫东冷链物流园和经开区"),
    ("fx10", "长三角", "region", "standalone", "要紧盯长三角、京津冀产业转移"),
    ("fx10", "京津冀", "region", "standalone", "要紧盯长三角、京津冀产业转移"),
    ("fx10", "睢阳区", "district", "standalone", "要加强与睢阳区、梁园区的统筹协调"),
    ("fx10", "梁园区", "district", "standalone", "要加强与睢阳区、梁园区的统筹协调"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fx", conventions="set fx (blind set: 经开区, 高新区 and a 综合保税区 of five cities: 湖南 岳阳 (岳阳经开区 with its 康王乡), 湖南 怀化 (怀化高新区), 河南 信阳 (信阳高新区 and its 一区四园 parks), 河南 商丘 (商丘经开区; a 招商 trip to 苏州), 江苏 连云港 (连云港经开区, written 开发区 on its site, with its 朝阳街道; 连云港综保区); zone labels city without 市 + short name; 党工委 with 书记 / 副书记 / 委员, 管委会 with 主任 / 副主任 / 一级调研员; zone departments and parks' 管委会 after the zone label; company roles no post; one line per post per article)",
          persons_note="Set fx persons. id = corpus-wide person_id (fx:蒋维汉#1 of 怀化高新区 (湖南) and fx:蒋维汉#2 of 连云港经开区's 朝阳街道 (江苏) are two people; fx:喻明翰 岳阳经开区党工委书记 2021 → 常务副市长 2023; fx:符冠英 主任 2021 → 书记 2023; fx:滕子骞 怀化高新区 主任 2021 → 中方县委书记 2023; fx:粟海鹰 副主任 → 主任; fx:裴予川 平桥区长 2022 → 信阳高新区党工委书记 2024; fx:殷若宁 连云港经开区 副主任 2022 → 连云港综保区 书记、主任 2024; fx:闵书恒 商丘经开区 书记、主任 2023 → 市政协副主席、书记 2024; fx:靳思远 副主任 → 主任)")


if __name__ == "__main__":
    main()
