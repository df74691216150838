"""Write gold part ``ba`` (a blind set: urban streets and communities of big cities' districts) from the tables below.

Pages ``tests/dev/texts/ba*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 杭州市民政局 page ``王新宇调研下城区社区治理工作`` (发布日期 / 浏览次数 /
来源 chrome; ``下城区民政局、长庆街道主要负责人…陪同调研``); a 鼓楼新闻网 page of a 区委书记 visiting four communities
(``听取了社区书记对…的汇报``; 区委常委、组织部长 and 副区长 参加调研); a 合肥蜀山 page of a 区政协主席 走访 six communities;
a 西安碑林-type page of a 区长 visiting 12 communities' 党群服务中心; the 青岛新闻网 湛山街道 网格化服务管理工作推进会
(``街道党工委副书记…主持会议``, ``街道办事处副主任…作出进一步细化要求``); a 秦陵街道 网格观摩 page; 石狮湖滨街道,
云杉路街道 and 杭州 米市巷街道 社区党组织书记述职评议会 reports (``社区党委书记…述职``, ``街道党工委书记逐一点评``, 民主
测评); a 颍泉 中市街道 考核大会; the 深圳 龙岗 平湖街道 社区动态 page (``当前位置: 首页 > 龙岗区平湖街道办事处 > 信息公开 >
其他 > 社区动态``, ``发布时间: 2023年03月15日 来源：… 浏览次数：-``); a 罗湖 黄贝 / 翠竹 / 笋岗 街道 发布 (``黄贝街道党工委书记``,
``笋岗街道办事处主任``); a 宝安 石岩街道 共治家园 piece; 四川日报 and 光明日报 pieces on 成都 玉林北路社区 and 桂溪街道 (``社区
党委书记``). Places are real and new to the corpus: 广州 海珠区 (琶洲, 南石头, 海幢 街道: three pages), 深圳 罗湖区 (东湖街道),
成都 武侯区 (玉林街道) and 金牛区 (抚琴街道), 武汉 硚口区 (汉水桥, 宝丰 街道; 长江日报), 杭州 临平区 (东湖街道) and 拱墅区
(和睦街道). Community names (磨碟沙, 南箕, 纸厂, 同福, 大望, 梧桐山, 玉林北路, 玉林东路, 西南街, 汉西, 星河, 和睦新村) follow
the streets and places of their 街道.

Shapes: district site pages of a district leader's 调研 / 检查 in a 街道 with the 街道党工委书记, 办事处主任 and the 区 department
head accompanying, a named community's ``社区党委书记、居委会主任`` (title before the name, the community given just before:
``在磨碟沙社区，社区党委书记、居委会主任岑慧玲``) and an unnamed ``社区书记`` (ba01, ba03, ba05, ba06, ba08, ba09); a 街道's own
sub-site page of its 社区党组织书记述职评议会 with bare ``街道党工委书记`` / ``街道党工委副书记、办事处主任`` (ba02); a 街道's own
page (深圳 style chrome) of a 网格化服务管理工作推进会 (ba04); a city paper's 第07版 with 本报讯（记者 … 通讯员 …） (ba07).

Identity cases:
- ba:麦颂华 moves up inside 海珠区 over four years: 琶洲街道党工委副书记、办事处主任 (ba01, May 2021); 南石头街道党工委书记
  (ba02, Jan 2023; bare 街道 on the 南石头街道 sub-site); 副区长 of 海珠区 (ba03, Mar 2025).
- ba:蒲俊熙 moves from one district to another in 成都: 武侯区玉林街道党工委书记 (ba05, Aug 2022); 金牛区委常委、副区长
  (ba06, Apr 2024).
- ba:沈泽宇 moves between districts in 杭州: 拱墅区和睦街道党工委副书记、办事处主任 (ba09, Apr 2022); 临平区东湖街道党工委书记
  (ba08, Nov 2024).
- two different 邬永康: ba:邬永康#1 is 罗湖区东湖街道大望社区党委书记、居委会主任 (深圳, ba04, 2023); ba:邬永康#2 is
  硚口区汉水桥街道党工委副书记 (武汉, ba07, 2024).
- one organ name in two places: 东湖街道 of 深圳 罗湖区 (ba04: 邱海峰 书记, 赖晓东 主任) and 东湖街道 of 杭州 临平区 (ba08:
  沈泽宇 书记, 姚佳敏 主任) → orgs 罗湖区东湖街道党工委 / 临平区东湖街道党工委 (both are real streets).
- the editor ba:黎诗韵 signs two 海珠区 pages (ba01, ba03).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (CONVENTIONS and parts z, u where they speak; decided here where they are silent):
- Street: ``<district label><street>`` + organ: 街道党工委 (title 书记 / 副书记) and 街道办事处 (title 主任 / 副主任), as the
  corpus's earlier parts (金安区三里桥街道党工委, 荣昌区昌州街道办事处). ``街道党工委副书记、办事处主任`` gives two lines;
  ``办事处主任`` after a named street's 党工委书记 (``海幢街道党工委书记何俊彦、办事处主任黄佩珊``) is that street's.
- DECIDED HERE: a named community's 党委书记 and 居委会主任 are posts, org ``<district><street><community>党委`` (书记) and
  ``<district><street><community>居委会`` (主任), following the villages of earlier parts (康县长坝镇花桥村党支部, …村委会):
  ``磨碟沙社区…社区党委书记、居委会主任岑慧玲`` → 海珠区琶洲街道磨碟沙社区党委 书记 + 海珠区琶洲街道磨碟沙社区居委会 主任. The
  street is the one the page places the community in (the 街道's own page, or the street the leader visits).
- The unnamed ``社区书记`` (ba01, ba03, ba07, ba09) is no post and no person (CONVENTIONS). ``各社区党委书记``,
  ``社区网格管理员``, 网格员, 楼长 name nobody.
- Bare organs take the page's place: 区委 / 区长 / 区民政局 / 区应急管理局 on a district site = that district (海珠区, 武侯区,
  金牛区, 临平区, 拱墅区); bare 街道 on a 街道's own page (ba02 南石头, ba04 东湖) = that street.
- ``区委常委、组织部部长、区委社治委主任谢雨蓉`` → 武侯区委 常委 + 武侯区委组织部 部长 + 武侯区委社治委 主任 (the 成都 社区发展
  治理委员会, written short as on the page). ``区委常委、政法委书记`` → 临平区委 常委 + 临平区委政法委 书记.
  ``区委常委、副区长`` → 金牛区委 常委 + 金牛区政府 副区长.
- Events: a leader's 调研 / 检查 is an ``inspection`` (leader; 陪同 / 参加调研 are attendees; 汇报 / 介绍 / 说明 / 发言 /
  通报 / 指出 / 强调 are speakers); DECIDED HERE: the 座谈 inside a 调研 (ba01 ``座谈中``) is part of the inspection, not a
  meeting of its own. The 述职评议会 (ba02: chair 麦颂华; every named 述职 and 点评 a speaker) and the 推进会 (ba04: chair
  邱海峰, organizer 罗湖区东湖街道党工委) are meetings.
- Projects: works named as under way or to be pushed (…老旧小区微改造项目, …老旧院落改造项目 and …综合改造提升工程 are
  housing_project as b05, g11, z01; a charging-facility project an infrastructure_project; …城市更新项目, …保护利用项目,
  …社区综合体项目, …未来社区建设项目, …消防安全提升工程 are project). A second phase named on its own (…工程二期, ba09) is a
  project of its own (as z). 琶洲人工智能与数字经济试验区 is a zone (place), not a project.
- Places: one line per name per file; streets (``street``), communities (``community``), villages (黄埔村, 大望村), areas
  (片区 written bare: 广纸片区, 大望片区 only inside project names), roads inside project names, parks, historic districts.
  Site lines, 来源 lines, footers, 上一篇 / 下一篇 and the masthead are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ba01_haizhu.txt": (2021, "发布时间：2021-05-14 17:26", "海珠区", [
        ("冼志斌到琶洲街道调研基层治理和网格化服务管理工作", "5月13日下午", "2021-05-13", "5月13日下午，区委副书记",
         "district site: the 区长's 调研 in 琶洲街道 (街道党工委书记, 副书记、办事处主任, 区民政局局长); a named community's 社区党委书记、居委会主任; an unnamed 社区书记")]),
    "ba02_haizhu.txt": (2023, "发布时间：2023-01-12 10:05", "海珠区南石头街道", [
        ("南石头街道召开2022年度社区党组织书记抓基层党建工作述职评议会", "1月11日上午", "2023-01-11", "1月11日上午，南石头街道召开",
         "街道 sub-site: 社区党组织书记述职评议会 chaired by the 街道党工委书记 (麦颂华, moved from 琶洲); bare 街道 organs; two named community 书记")]),
    "ba03_haizhu.txt": (2025, "发布时间：2025-03-21 16:40", "海珠区", [
        ("麦颂华带队检查海幢街道消防安全隐患排查整治和网格巡查工作", "3月20日", "2025-03-20", "3月20日，副区长麦颂华",
         "district site: 副区长 麦颂华 (now 副区长) inspects 海幢街道 with the 区应急管理局局长 and the street's 书记 / 主任; unnamed 社区书记")]),
    "ba04_luohu.txt": (2023, "发布时间: 2023年06月16日", "罗湖区东湖街道", [
        ("东湖街道召开网格化服务管理工作推进会", "6月15日下午", "2023-06-15", "6月15日下午，东湖街道党工委召开",
         "街道 page (深圳 chrome): 网格化服务管理工作推进会 of 罗湖区东湖街道 (the same street name as 临平's, ba08); 邬永康#1 社区党委书记、居委会主任")]),
    "ba05_wuhou.txt": (2022, "发布时间：2022-08-26 18:02", "武侯区", [
        ("罗锦程调研玉林街道社区发展治理和城市更新工作", "8月25日", "2022-08-25", "8月25日，区委书记罗锦程",
         "district site: the 区委书记's 调研 in 玉林街道 with the 区委常委、组织部部长、区委社治委主任; 蒲俊熙 街道党工委书记")]),
    "ba06_jinniu.txt": (2024, "发布时间：2024-04-18 15:12", "金牛区", [
        ("蒲俊熙到抚琴街道调研老旧院落改造和网格治理工作", "4月17日", "2024-04-17", "4月17日，区委常委、副区长蒲俊熙",
         "district site: 蒲俊熙 now 金牛区委常委、副区长 visits 抚琴街道 (街道党工委书记, 办事处副主任, 社区党委书记、居委会主任)")]),
    "ba07_qiaokou.txt": (2024, "2024年9月12日　星期四", "硚口区", [
        ("硚口推进网格精细化服务管理 让居民诉求“一格通办”", "9月11日", "2024-09-11", "本报讯（记者 喻可欣 通讯员 艾琳）",
         "city paper 第07版: the 区长's 调研 in 汉水桥 and 宝丰 街道; 邬永康#2 街道党工委副书记 (not the 深圳 one)")]),
    "ba08_linping.txt": (2024, "发布日期：2024-11-07 16:25", "临平区", [
        ("陆振华到东湖街道调研基层社会治理工作", "11月6日", "2024-11-06", "11月6日，区委常委、政法委书记陆振华",
         "district site: 政法委书记's 调研 in 临平区东湖街道 (same street name as 罗湖's); 沈泽宇 now its 党工委书记")]),
    "ba09_gongshu.txt": (2022, "发布日期：2022-04-22 17:48", "拱墅区", [
        ("朱国平调研和睦街道老年友好型社区建设工作", "4月21日", "2022-04-21", "4月21日，区委副书记、区长朱国平",
         "district site: the 区长's 调研 in 和睦街道 with the 区民政局局长; 沈泽宇 街道党工委副书记、办事处主任")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 广州 海珠区
    "ba:冼志斌": ("冼志斌", "official", "海珠区", [
        ("ba01", "海珠区委", "副书记", "区委副书记、区长冼志斌到琶洲街道调研", "2021; named in the headline too"),
        ("ba01", "海珠区政府", "区长", "区委副书记、区长冼志斌到琶洲街道调研", None)], []),
    "ba:伍国栋": ("伍国栋", "official", "海珠区", [
        ("ba01", "海珠区民政局", "局长", "区民政局局长伍国栋", "bare 区 on the 海珠区 site")], []),
    "ba:邝嘉铭": ("邝嘉铭", "official", "海珠区琶洲街道", [
        ("ba01", "海珠区琶洲街道党工委", "书记", "琶洲街道党工委书记邝嘉铭", None)], []),
    "ba:麦颂华": ("麦颂华", "official", "海珠区", [
        ("ba01", "海珠区琶洲街道党工委", "副书记", "街道党工委副书记、办事处主任麦颂华", "2021-05: 琶洲街道 (identity case: 南石头街道党工委书记 2023, 副区长 2025)"),
        ("ba01", "海珠区琶洲街道办事处", "主任", "街道党工委副书记、办事处主任麦颂华", None),
        ("ba02", "海珠区南石头街道党工委", "书记", "街道党工委书记麦颂华主持会议", "2023-01: bare 街道 on the 南石头街道 sub-site"),
        ("ba03", "海珠区政府", "副区长", "副区长麦颂华带队到海幢街道", "2025-03: now 副区长; named in the headline too")], []),
    "ba:岑慧玲": ("岑慧玲", "official", "海珠区琶洲街道磨碟沙社区", [
        ("ba01", "海珠区琶洲街道磨碟沙社区党委", "书记", "社区党委书记、居委会主任岑慧玲", "DECIDED HERE: a named community's 党委书记 is a post; the community is named just before (在磨碟沙社区)"),
        ("ba01", "海珠区琶洲街道磨碟沙社区居委会", "主任", "社区党委书记、居委会主任岑慧玲", "居委会主任 → the community's 居委会 主任")], []),
    "ba:黎诗韵": ("黎诗韵", "editor", "海珠区人民政府", [], ["ba01", "ba03"]),
    "ba:梁卓恒": ("梁卓恒", "official", "海珠区南石头街道", [
        ("ba02", "海珠区南石头街道党工委", "副书记", "街道党工委副书记、办事处主任梁卓恒", None),
        ("ba02", "海珠区南石头街道办事处", "主任", "街道党工委副书记、办事处主任梁卓恒", None)], []),
    "ba:骆婉仪": ("骆婉仪", "official", "海珠区南石头街道", [
        ("ba02", "海珠区南石头街道党工委", "副书记", "街道党工委副书记骆婉仪", None)], []),
    "ba:谭家乐": ("谭家乐", "official", "海珠区南石头街道南箕社区", [
        ("ba02", "海珠区南石头街道南箕社区党委", "书记", "南箕社区党委书记、居委会主任谭家乐", None),
        ("ba02", "海珠区南石头街道南箕社区居委会", "主任", "南箕社区党委书记、居委会主任谭家乐", None)], []),
    "ba:苏美娟": ("苏美娟", "official", "海珠区南石头街道纸厂社区", [
        ("ba02", "海珠区南石头街道纸厂社区党委", "书记", "纸厂社区党委书记苏美娟", None)], []),
    "ba:冯振宇": ("冯振宇", "official", "海珠区", [
        ("ba03", "海珠区应急管理局", "局长", "区应急管理局局长冯振宇", None)], []),
    "ba:何俊彦": ("何俊彦", "official", "海珠区海幢街道", [
        ("ba03", "海珠区海幢街道党工委", "书记", "海幢街道党工委书记何俊彦", None)], []),
    "ba:黄佩珊": ("黄佩珊", "official", "海珠区海幢街道", [
        ("ba03", "海珠区海幢街道办事处", "主任", "办事处主任黄佩珊陪同检查", "办事处 after 海幢街道党工委书记 = 海幢街道's")], []),
    # ---- 深圳 罗湖区
    "ba:邱海峰": ("邱海峰", "official", "罗湖区东湖街道", [
        ("ba04", "罗湖区东湖街道党工委", "书记", "街道党工委书记邱海峰主持会议", "bare 街道 on the 东湖街道 page; 罗湖's 东湖街道, not 临平's (ba08)")], []),
    "ba:赖晓东": ("赖晓东", "official", "罗湖区东湖街道", [
        ("ba04", "罗湖区东湖街道党工委", "副书记", "街道党工委副书记、办事处主任赖晓东", None),
        ("ba04", "罗湖区东湖街道办事处", "主任", "街道党工委副书记、办事处主任赖晓东", None)], []),
    "ba:邬永康#1": ("邬永康", "official", "罗湖区东湖街道大望社区", [
        ("ba04", "罗湖区东湖街道大望社区党委", "书记", "大望社区党委书记、居委会主任邬永康", "深圳; not the 邬永康 of 武汉 硚口 (ba07)"),
        ("ba04", "罗湖区东湖街道大望社区居委会", "主任", "大望社区党委书记、居委会主任邬永康", None)], []),
    "ba:温秀萍": ("温秀萍", "official", "罗湖区东湖街道梧桐山社区", [
        ("ba04", "罗湖区东湖街道梧桐山社区党委", "书记", "梧桐山社区党委书记温秀萍", None)], []),
    # ---- 成都 武侯区 / 金牛区
    "ba:罗锦程": ("罗锦程", "official", "武侯区", [
        ("ba05", "武侯区委", "书记", "区委书记罗锦程到玉林街道调研", "named in the headline too")], []),
    "ba:谢雨蓉": ("谢雨蓉", "official", "武侯区", [
        ("ba05", "武侯区委", "常委", "区委常委、组织部部长、区委社治委主任谢雨蓉", None),
        ("ba05", "武侯区委组织部", "部长", "区委常委、组织部部长、区委社治委主任谢雨蓉", "组织部 after 区委常委 = 武侯区委组织部"),
        ("ba05", "武侯区委社治委", "主任", "区委常委、组织部部长、区委社治委主任谢雨蓉", "区委社治委 (城乡社区发展治理委员会) as written short")], []),
    "ba:蒲俊熙": ("蒲俊熙", "official", "成都市", [
        ("ba05", "武侯区玉林街道党工委", "书记", "玉林街道党工委书记蒲俊熙", "2022-08: 武侯区 (identity case: 金牛区委常委、副区长 2024)"),
        ("ba06", "金牛区委", "常委", "区委常委、副区长蒲俊熙到抚琴街道调研", "2024-04: 金牛区; named in the headline too"),
        ("ba06", "金牛区政府", "副区长", "区委常委、副区长蒲俊熙到抚琴街道调研", None)], []),
    "ba:杜俊宏": ("杜俊宏", "official", "武侯区玉林街道", [
        ("ba05", "武侯区玉林街道办事处", "主任", "办事处主任杜俊宏陪同", "办事处 after 玉林街道党工委书记 = 玉林街道's")], []),
    "ba:曾晓蓉": ("曾晓蓉", "official", "武侯区玉林街道玉林北路社区", [
        ("ba05", "武侯区玉林街道玉林北路社区党委", "书记", "社区党委书记、居委会主任曾晓蓉", "the community named just before (在玉林北路社区)"),
        ("ba05", "武侯区玉林街道玉林北路社区居委会", "主任", "社区党委书记、居委会主任曾晓蓉", None)], []),
    "ba:任思彤": ("任思彤", "editor", "武侯区人民政府", [], ["ba05"]),
    "ba:母春林": ("母春林", "official", "金牛区抚琴街道", [
        ("ba06", "金牛区抚琴街道党工委", "书记", "抚琴街道党工委书记母春林", None)], []),
    "ba:敬雅丽": ("敬雅丽", "official", "金牛区抚琴街道", [
        ("ba06", "金牛区抚琴街道办事处", "副主任", "街道办事处副主任敬雅丽", None)], []),
    "ba:漆国华": ("漆国华", "official", "金牛区抚琴街道西南街社区", [
        ("ba06", "金牛区抚琴街道西南街社区党委", "书记", "西南街社区党委书记、居委会主任漆国华", None),
        ("ba06", "金牛区抚琴街道西南街社区居委会", "主任", "西南街社区党委书记、居委会主任漆国华", None)], []),
    "ba:何沁": ("何沁", "editor", "金牛区人民政府", [], ["ba06"]),
    # ---- 武汉 硚口区
    "ba:程立军": ("程立军", "official", "硚口区", [
        ("ba07", "硚口区委", "副书记", "硚口区委副书记、区长程立军", None),
        ("ba07", "硚口区政府", "区长", "硚口区委副书记、区长程立军", None)], []),
    "ba:熊文斌": ("熊文斌", "official", "硚口区汉水桥街道", [
        ("ba07", "硚口区汉水桥街道党工委", "书记", "汉水桥街道党工委书记熊文斌", None)], []),
    "ba:邬永康#2": ("邬永康", "official", "硚口区汉水桥街道", [
        ("ba07", "硚口区汉水桥街道党工委", "副书记", "汉水桥街道党工委副书记邬永康", "武汉; not the 邬永康 of 深圳 罗湖 (ba04)")], []),
    "ba:柯晓燕": ("柯晓燕", "official", "硚口区宝丰街道", [
        ("ba07", "硚口区宝丰街道办事处", "主任", "宝丰街道办事处主任柯晓燕", None)], []),
    # ---- 杭州 临平区 / 拱墅区
    "ba:陆振华": ("陆振华", "official", "临平区", [
        ("ba08", "临平区委", "常委", "区委常委、政法委书记陆振华到东湖街道调研", "named in the headline too"),
        ("ba08", "临平区委政法委", "书记", "区委常委、政法委书记陆振华到东湖街道调研", "政法委 after 区委常委 = 临平区委政法委")], []),
    "ba:沈泽宇": ("沈泽宇", "official", "杭州市", [
        ("ba09", "拱墅区和睦街道党工委", "副书记", "街道党工委副书记、办事处主任沈泽宇", "2022-04: 拱墅区和睦街道 (identity case: 临平区东湖街道党工委书记 2024)"),
        ("ba09", "拱墅区和睦街道办事处", "主任", "街道党工委副书记、办事处主任沈泽宇", None),
        ("ba08", "临平区东湖街道党工委", "书记", "东湖街道党工委书记沈泽宇", "2024-11: 临平's 东湖街道, not 罗湖's (ba04)")], []),
    "ba:姚佳敏": ("姚佳敏", "official", "临平区东湖街道", [
        ("ba08", "临平区东湖街道党工委", "副书记", "街道党工委副书记、办事处主任姚佳敏", None),
        ("ba08", "临平区东湖街道办事处", "主任", "街道党工委副书记、办事处主任姚佳敏", None)], []),
    "ba:钱月华": ("钱月华", "official", "临平区东湖街道星河社区", [
        ("ba08", "临平区东湖街道星河社区党委", "书记", "星河社区党委书记、居委会主任钱月华", None),
        ("ba08", "临平区东湖街道星河社区居委会", "主任", "星河社区党委书记、居委会主任钱月华", None)], []),
    "ba:褚一帆": ("褚一帆", "editor", "临平区人民政府", [], ["ba08"]),
    "ba:朱国平": ("朱国平", "official", "拱墅区", [
        ("ba09", "拱墅区委", "副书记", "区委副书记、区长朱国平到和睦街道调研", "named in the headline too"),
        ("ba09", "拱墅区政府", "区长", "区委副书记、区长朱国平到和睦街道调研", None)], []),
    "ba:傅晓岚": ("傅晓岚", "official", "拱墅区", [
        ("ba09", "拱墅区民政局", "局长", "区民政局局长傅晓岚", None)], []),
    "ba:俞海燕": ("俞海燕", "official", "拱墅区和睦街道", [
        ("ba09", "拱墅区和睦街道党工委", "书记", "和睦街道党工委书记俞海燕", None)], []),
    "ba:金桂英": ("金桂英", "official", "拱墅区和睦街道和睦新村社区", [
        ("ba09", "拱墅区和睦街道和睦新村社区党委", "书记", "和睦新村社区党委书记、居委会主任金桂英", None),
        ("ba09", "拱墅区和睦街道和睦新村社区居委会", "主任", "和睦新村社区党委书记、居委会主任金桂英", None)], []),
    "ba:方晨曦": ("方晨曦", "editor", "拱墅区人民政府", [], ["ba09"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ba01", "黎诗韵", "责任编辑", "editor", "责任编辑：黎诗韵"),
    ("ba02", "钟嘉欣", "供稿", "author", "（南石头街道党建工作办公室供稿：钟嘉欣）"),
    ("ba03", "黎诗韵", "责任编辑", "editor", "责任编辑：黎诗韵"),
    ("ba05", "任思彤", "责任编辑", "editor", "责任编辑：任思彤"),
    ("ba06", "何沁", "责任编辑", "editor", "责任编辑：何沁"),
    ("ba07", "喻可欣", "记者", "reporter", "本报讯（记者 喻可欣 通讯员 艾琳）"),
    ("ba07", "艾琳", "通讯员", "correspondent", "本报讯（记者 喻可欣 通讯员 艾琳）"),
    ("ba07", "文思远", "编辑", "editor", "（编辑：文思远）"),
    ("ba08", "褚一帆", "责任编辑", "editor", "责任编辑：褚一帆"),
    ("ba09", "方晨曦", "责任编辑", "editor", "责任编辑：方晨曦"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ba01", "琶洲街道基层治理和网格化服务管理工作调研", "inspection (调研)", "5月13日下午", None, "冼志斌", [],
     ["伍国栋", "邝嘉铭", "麦颂华"], ["岑慧玲", "邝嘉铭", "麦颂华", "伍国栋", "冼志斌"], "琶洲街道",
     "区委副书记、区长冼志斌到琶洲街道调研基层治理和网格化服务管理工作",
     ["区长冼志斌到琶洲街道调研", "区民政局局长伍国栋", "办事处主任麦颂华参加调研", "居委会主任岑慧玲介绍了",
      "邝嘉铭汇报了", "麦颂华介绍了", "伍国栋就社区工作者队伍建设", "冼志斌指出"]),
    ("ba02", "2022年度社区党组织书记抓基层党建工作述职评议会", "meeting (述职评议会)", "1月11日上午", "麦颂华", None,
     ["海珠区南石头街道"], ["梁卓恒", "骆婉仪"], ["谭家乐", "苏美娟", "骆婉仪", "麦颂华", "梁卓恒"], None,
     "南石头街道召开2022年度社区党组织书记抓基层党建工作述职评议会。",
     ["街道党工委书记麦颂华主持会议", "办事处主任梁卓恒", "街道党工委副书记骆婉仪", "居委会主任谭家乐介绍了",
      "纸厂社区党委书记苏美娟介绍了", "骆婉仪对各社区党建工作逐一作了点评", "麦颂华指出", "梁卓恒就2023年"]),
    ("ba03", "海幢街道消防安全隐患排查整治和网格巡查工作检查", "inspection (检查)", "3月20日", None, "麦颂华", [],
     ["冯振宇", "何俊彦", "黄佩珊"], ["何俊彦", "黄佩珊", "冯振宇", "麦颂华"], "海幢街道",
     "副区长麦颂华带队到海幢街道检查城中村和老旧小区消防安全隐患排查整治及网格化巡查工作",
     ["副区长麦颂华带队到海幢街道", "区应急管理局局长冯振宇", "办事处主任黄佩珊陪同检查", "何俊彦汇报了",
      "黄佩珊介绍了", "冯振宇通报了", "麦颂华强调"]),
    ("ba04", "东湖街道网格化服务管理工作推进会", "meeting (推进会)", "6月15日下午", "邱海峰", None,
     ["罗湖区东湖街道党工委"], [], ["赖晓东", "邬永康", "温秀萍", "邱海峰"], None,
     "6月15日下午，东湖街道党工委召开网格化服务管理工作推进会",
     ["街道党工委书记邱海峰主持会议", "办事处主任赖晓东对下阶段工作进行部署", "居委会主任邬永康介绍了",
      "梧桐山社区党委书记温秀萍就", "赖晓东要求", "邱海峰强调"]),
    ("ba05", "玉林街道社区发展治理和城市更新工作调研", "inspection (调研)", "8月25日", None, "罗锦程", [],
     ["谢雨蓉", "蒲俊熙", "杜俊宏"], ["曾晓蓉", "蒲俊熙", "杜俊宏", "谢雨蓉", "罗锦程"], "玉林街道",
     "8月25日，区委书记罗锦程到玉林街道调研社区发展治理和城市更新工作",
     ["区委书记罗锦程到玉林街道调研", "区委社治委主任谢雨蓉参加调研", "玉林街道党工委书记蒲俊熙、办事处主任杜俊宏陪同",
      "居委会主任曾晓蓉介绍了", "蒲俊熙汇报了", "杜俊宏介绍了", "谢雨蓉就全区", "罗锦程指出"]),
    ("ba06", "抚琴街道老旧院落改造和网格治理工作调研", "inspection (调研)", "4月17日", None, "蒲俊熙", [],
     ["母春林", "敬雅丽"], ["漆国华", "母春林", "敬雅丽", "蒲俊熙"], "抚琴街道",
     "4月17日，区委常委、副区长蒲俊熙到抚琴街道调研老旧院落改造和网格治理工作",
     ["副区长蒲俊熙到抚琴街道调研", "抚琴街道党工委书记母春林、街道办事处副主任敬雅丽陪同调研", "居委会主任漆国华介绍了",
      "母春林汇报了", "敬雅丽就", "蒲俊熙指出"]),
    ("ba07", "汉水桥街道、宝丰街道网格化服务管理和老旧小区改造工作调研", "inspection (调研)", "9月11日", None, "程立军", [],
     [], ["熊文斌", "邬永康", "柯晓燕", "程立军"], "汉水桥街道、宝丰街道",
     "9月11日，硚口区委副书记、区长程立军到汉水桥街道、宝丰街道调研网格化服务管理和老旧小区改造工作",
     ["区长程立军到汉水桥街道", "党工委书记熊文斌介绍了", "党工委副书记邬永康介绍了", "办事处主任柯晓燕汇报了",
      "程立军指出"]),
    ("ba08", "东湖街道基层社会治理工作调研", "inspection (调研)", "11月6日", None, "陆振华", [],
     ["沈泽宇", "姚佳敏"], ["钱月华", "沈泽宇", "姚佳敏", "陆振华"], "东湖街道",
     "11月6日，区委常委、政法委书记陆振华到东湖街道调研基层社会治理工作",
     ["政法委书记陆振华到东湖街道调研", "东湖街道党工委书记沈泽宇", "办事处主任姚佳敏陪同调研", "居委会主任钱月华介绍了",
      "沈泽宇汇报了", "姚佳敏介绍了", "陆振华强调"]),
    ("ba09", "和睦街道老年友好型社区建设工作调研", "inspection (调研)", "4月21日", None, "朱国平", [],
     ["傅晓岚", "俞海燕", "沈泽宇"], ["金桂英", "俞海燕", "沈泽宇", "傅晓岚", "朱国平"], "和睦街道",
     "4月21日，区委副书记、区长朱国平到和睦街道调研老年友好型社区建设工作",
     ["区长朱国平到和睦街道调研", "区民政局局长傅晓岚", "办事处主任沈泽宇陪同调研", "居委会主任金桂英介绍了",
      "俞海燕汇报了", "沈泽宇介绍了", "傅晓岚就全区", "朱国平指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ba01", "磨碟沙片区老旧小区微改造项目", "housing_project", "推进磨碟沙片区老旧小区微改造项目的进展"),
    ("ba01", "黄埔古村历史文化街区保护利用项目", "project", "黄埔古村历史文化街区保护利用项目"),
    ("ba02", "南箕路片区老旧小区微改造项目", "housing_project", "依托南箕路片区老旧小区微改造项目推动加装电梯12台"),
    ("ba02", "广纸片区城市更新项目", "project", "社区围绕广纸片区城市更新项目开展居民议事协商"),
    ("ba03", "同福西路片区电动自行车充电设施建设项目", "infrastructure_project", "黄佩珊介绍了同福西路片区电动自行车充电设施建设项目进展"),
    ("ba04", "大望片区城中村消防安全提升工程", "project", "6月底前完成大望片区城中村消防安全提升工程首批点位整改"),
    ("ba05", "玉林东路片区老旧院落改造项目", "housing_project", "玉林东路片区老旧院落改造项目现场"),
    ("ba06", "抚琴西南街片区老旧院落改造项目", "housing_project", "抚琴西南街片区老旧院落改造项目现场"),
    ("ba06", "抚琴街道社区综合体项目", "project", "抚琴街道社区综合体项目工地"),
    ("ba07", "宝丰路片区老旧小区改造项目", "housing_project", "汇报了宝丰路片区老旧小区改造项目推进情况"),
    ("ba08", "星河未来社区建设项目", "project", "星河未来社区建设项目现场"),
    ("ba09", "和睦新村老旧小区综合改造提升工程", "housing_project", "和睦新村老旧小区综合改造提升工程现场"),
    ("ba09", "和睦新村老旧小区综合改造提升工程二期", "housing_project", "沈泽宇介绍了和睦新村老旧小区综合改造提升工程二期的推进计划"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ba01", "琶洲街道", "street", "standalone", "区长冼志斌到琶洲街道调研基层治理"),
    ("ba01", "磨碟沙社区", "community", "standalone", "在磨碟沙社区，社区党委书记"),
    ("ba01", "黄埔村", "village", "standalone", "在黄埔村网格工作站"),
    ("ba01", "琶洲人工智能与数字经济试验区", "development_zone", "standalone", "街道服务琶洲人工智能与数字经济试验区建设"),
    ("ba01", "磨碟沙", "area", "in_project_name", "推进磨碟沙片区老旧小区微改造项目的进展"),
    ("ba01", "黄埔古村", "village", "in_project_name", "黄埔古村历史文化街区保护利用项目"),
    ("ba02", "南石头街道", "street", "standalone", "1月11日上午，南石头街道召开"),
    ("ba02", "南箕社区", "community", "in_title", "南箕社区党委书记、居委会主任谭家乐"),
    ("ba02", "纸厂社区", "community", "in_title", "纸厂社区党委书记苏美娟"),
    ("ba02", "南箕路", "road", "in_project_name", "依托南箕路片区老旧小区微改造项目"),
    ("ba02", "广纸片区", "area", "in_project_name", "社区围绕广纸片区城市更新项目"),
    ("ba03", "海幢街道", "street", "standalone", "副区长麦颂华带队到海幢街道检查"),
    ("ba03", "同福社区", "community", "standalone", "先后来到同福社区"),
    ("ba03", "海幢公园", "park", "standalone", "海幢公园周边商铺"),
    ("ba03", "南华西历史文化街区", "heritage_site", "standalone", "南华西历史文化街区"),
    ("ba03", "同福西路", "road", "in_project_name", "黄佩珊介绍了同福西路片区电动自行车充电设施建设项目进展"),
    ("ba04", "东湖街道", "street", "standalone", "6月15日下午，东湖街道党工委召开"),
    ("ba04", "大望社区", "community", "in_title", "大望社区党委书记、居委会主任邬永康"),
    ("ba04", "梧桐山社区", "community", "in_title", "梧桐山社区党委书记温秀萍"),
    ("ba04", "大望村", "village", "standalone", "社区将大望村、梧桐山新村等片区"),
    ("ba04", "梧桐山新村", "area", "standalone", "社区将大望村、梧桐山新村等片区"),
    ("ba04", "大望片区", "area", "in_project_name", "完成大望片区城中村消防安全提升工程"),
    ("ba05", "玉林街道", "street", "standalone", "区委书记罗锦程到玉林街道调研"),
    ("ba05", "玉林北路社区", "community", "standalone", "在玉林北路社区，社区党委书记"),
    ("ba05", "玉林东路社区", "community", "standalone", "玉林东路社区“邻里客厅”"),
    ("ba05", "玉林东路", "road", "in_project_name", "玉林东路片区老旧院落改造项目现场"),
    ("ba06", "抚琴街道", "street", "standalone", "副区长蒲俊熙到抚琴街道调研"),
    ("ba06", "西南街社区", "community", "standalone", "西南街社区党群服务中心"),
    ("ba06", "抚琴西南街", "road", "in_project_name", "抚琴西南街片区老旧院落改造项目现场"),
    ("ba07", "硚口", "district", "standalone", "硚口推进网格精细化服务管理"),
    ("ba07", "硚口区", "district", "in_title", "硚口区委副书记、区长程立军"),
    ("ba07", "汉水桥街道", "street", "standalone", "区长程立军到汉水桥街道、宝丰街道调研"),
    ("ba07", "宝丰街道", "street", "standalone", "区长程立军到汉水桥街道、宝丰街道调研"),
    ("ba07", "汉西社区", "community", "standalone", "在汉西社区，程立军走进网格员工作站"),
    ("ba07", "宝丰路", "road", "in_project_name", "汇报了宝丰路片区老旧小区改造项目推进情况"),
    ("ba08", "东湖街道", "street", "standalone", "政法委书记陆振华到东湖街道调研"),
    ("ba08", "星河社区", "community", "standalone", "星河社区矛盾纠纷调解室"),
    ("ba09", "和睦街道", "street", "standalone", "区长朱国平到和睦街道调研"),
    ("ba09", "和睦新村社区", "community", "standalone", "先后来到和睦新村社区老年食堂"),
    ("ba09", "和睦新村", "area", "in_project_name", "和睦新村老旧小区综合改造提升工程现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ba", conventions="set ba (blind set: urban streets and communities of big cities' districts: 广州 海珠区, 深圳 罗湖区, 成都 武侯区 and 金牛区, 武汉 硚口区, 杭州 临平区 and 拱墅区; district leaders' 调研 / 检查 in 街道 with 街道党工委书记 / 办事处主任; a named community's 社区党委书记、居委会主任 as posts of <district><street><community>党委 / 居委会, the unnamed 社区书记 no post; a 街道's 述职评议会 and 网格 推进会 with bare 街道 organs; one street name (东湖街道) in 罗湖区 and 临平区)",
          persons_note="Set ba persons. id = corpus-wide person_id (ba:邬永康#1 of 深圳 罗湖 and ba:邬永康#2 of 武汉 硚口 are two people; ba:麦颂华 moves 琶洲街道办事处主任 2021 → 南石头街道党工委书记 2023 → 海珠区副区长 2025; ba:蒲俊熙 武侯区玉林街道党工委书记 2022 → 金牛区委常委、副区长 2024; ba:沈泽宇 拱墅区和睦街道办事处主任 2022 → 临平区东湖街道党工委书记 2024)")


if __name__ == "__main__":
    main()
