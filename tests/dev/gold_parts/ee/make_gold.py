"""Write gold part ``ee`` (a blind set: county and city DEPARTMENTS' own sites — 局党组会议, a 局长's 督导, a 局领导班子's
民主生活会 and a 委领导 list page, bare 局 organs, department heads who move to another department or county, and the
county leaders who visit a department) from the tables below.

Pages ``tests/dev/texts/ee*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 上海市生态环境局 page of a 市政府副秘书长's 调研 (``发布日期：[…]
[ 字体： ] [分享: ]``, ``局党组书记、局长…汇报…，局领导班子作补充汇报，机关各处室…参加座谈会``); a 临沂市环境保护局 局长办公会议
纪要 with its ``参会人员`` list (``党组书记、局长 / 党组成员、副局长 / 党组成员、监察支队支队长 / 调研员 / 副调研员``); the 常州
城管局 page of its 党组会议 (``局党组书记、局长…肯定了…并提出``); the 中国气象局 党组会议 (``党组书记、局长…主持会议，党组副书记、
副局长…，党组成员、副局长…参加会议``); a 重庆高新区生态环境局 page (``局长…主持专题学习``, ``局领导、科室负责人``); the 遂昌县
教育局 site (``您的位置：首页 >教育新闻>…``, ``作者： 文章来源： 点击数： 发布时间： 字体：``, ``【打印正文】``); a 平江 and a 洪洞
县教育局 挂牌 / 揭牌 page (``县教育局党组书记、局长…表示``, ``教科局班子成员…参加``); a 嘉禾 县长's 调研 ending at the 县教育局
(``在县教育局调研坐谈会上…听取了县教育局局长…的汇报``); the 岚县 site of a 县长's 教育 调研 with a 座谈会 and its footer
(``主办单位 / 承办单位 / 网站标识码 / 晋ICP备 / 晋公网安备``); a 区住建局 page of a 区委常委、副区长's 督查 (``【字体:大 中 小】``, ``（一审：… 二审：… 三审：…）``);
another 区住建局 督导 (``区住建局党组书记、局长…带领相关站所负责同志督导检查重点项目``); a 长沙 开福区 住建局 调研 (``区住建局
党组书记、局长…带队…，局党组成员、副局长…参加调研``); a 山亭区 保交楼 督导 (``区住建局党组书记、局长…参加``); the 长治市农业
农村局 局长's 调研 with a ``二级调研员``; a 民权 代县长's 调研 (``文章来源 文章作者 责任编辑 点击数``); a 中方县 人大 视察 of
卫生健康 work (``责编：… 来源：…融媒体中心``); the 南华县 site (``上一条 / 下一条 / 关闭``). Places are real; 忻州 and 锦州 are
named on a few earlier pages (m01, u01–u07), their counties here are new to the corpus: 山西 忻州 (市生态环境局, 市住建局, the 忻州日报; 定襄县 and its 教育局 twice; 五台县农业农村局; 原平市) and 辽宁 锦州
(市卫健委, the 锦州日报; 黑山县教育局; 凌海市农业农村局).

Shapes: a city 局 site's 党组会议 (``局党组书记、局长`` chair; ``局党组成员、副局长`` two names after one chain; a 二级调研员; the
驻局 纪检监察组组长; a county 分局局长 列席) (ee01); a county 教育局 site receiving the 县长's 调研 and his 座谈会 (局长 and two
副局长 report) (ee02); the same site's 领导班子 民主生活会 (县委常委、组织部部长 到会指导; 派驻纪检监察组组长 and a 县委组织部
股长 列席; 局党组成员、县…中心主任; 四级调研员) (ee03); a city 住建局 site's 督导 in a county-level city by the 局长 who led the
生态环境局 two years before (ee04); a county 农业农村局 site receiving a 县委常委、副县长 who was another county's 教育局局长
(``三审`` signed by the 局长) (ee05); a city paper's 第03版 of a 县委书记 (the former 县长) at the 县卫生健康局 with a 现场办公会
(ee06); a city 卫健委 site's 委领导 list page (name, full-width spaces, title; 分管 duties; a 疾控中心主任 in the 党组; 一级调研员;
the 驻委 纪检监察组组长) (ee07); a county 教育局 site's 党组会议 (ee08); a county-level city's 农业农村局 site receiving the
city's 市委常委、副市长, who was the 市卫健委's 副主任 (bare ``市委`` = 凌海) (ee09); a city paper's 推进会 with two county
局长 speaking, one the former 黑山县教育局局长 (ee10).

Identity cases:
- ee:武建平, a 局长 who moves to another department: 忻州市生态环境局党组书记、局长 in March 2022 (ee01); 局党组书记、局长 on the
  住建局's own site in May 2024 (ee04: bare 局 = 忻州市住建局).
- ee:贾永福, a county 局长 who moves to another county: 定襄县教育局党组书记、局长 in Sept 2021 (ee02) and Jan 2022 (ee03);
  五台县委常委、副县长 in June 2023 (ee05, visiting the 五台 农业农村局).
- ee:郭晋阳: 定襄县委副书记、县长 in Sept 2021 (ee02); 定襄县委书记 in March 2024 (ee06).
- ee:石鹏飞: 定襄县委常委、组织部部长 in Jan 2022 (ee03); 县委常委、常务副县长 in March 2024 (ee06).
- ee:吕思远, a department's deputy who goes to a county-level city: 锦州市卫健委党组成员、副主任 in Aug 2022 (ee07, list page);
  凌海市委常委、副市长 in April 2024 (ee09).
- ee:谷长林, a county 局长 who moves between county departments: 黑山县教育局党组书记、局长 in Feb 2023 (ee08); 黑山县卫生健康局
  局长 in June 2024 (ee10).
- the same officials on two pages: ee:霍丽萍 (定襄县副县长, 2021 and 2024), ee:裴文海 and ee:庞雪莲 (锦州市卫健委 主任 / 副主任,
  2022 and 2024), ee:王晓岚 (作者 of ee02 and ee03).
- two different 郝振川 in unrelated places, with look-alike posts: ee:郝振川#1 is 五台县农业农村局党组成员、副局长 (山西, ee05);
  ee:郝振川#2 is 黑山县教育局党组成员、副局长 (辽宁, ee08).
- one organ name in several places: ``县教育局`` / ``局党组`` is 定襄's (ee02, ee03) and 黑山's (ee08); ``局党组书记、局长`` is
  忻州市生态环境局's (ee01), 忻州市住建局's (ee04), 五台县农业农村局's (ee05), 黑山县教育局's (ee08) and 凌海市农业农村局's (ee09);
  ``县卫生健康局`` is 定襄's (ee06) and, written with its county, 黑山's (ee10); ``市委常委、副市长`` is 原平's (ee04, written
  with the city) and 凌海's (ee09, bare on the 凌海 site); ``纪检监察组组长`` is 忻州's 驻市生态环境局 group (ee01), 定襄's
  派驻第三 group (ee03) and 锦州's 驻市卫健委 group (ee07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts z, ap, bv and ca where they speak; decided here where they are silent):
- Bare organs on a department's own site are that department of the site's place (z, ap): ``局党组书记、局长`` → X局党组 书记
  + X局 局长; ``局党组成员、副局长`` → X局党组 成员 + X局 副局长 (党组 with 书记 / 成员 only); a list after one chain gives each
  name the chain (``局党组成员、副局长闫志宏、薄慧英``). The department is named as the page's headline or body writes it
  (市生态环境局, 县教育局, 县农业农村局, 市卫健委, 市农业农村局); ee04 writes its own department only in its 上一篇 link
  (``市住建局``), which is taken, as ap did (ap05, ap06). The full site line is chrome.
- Ranks with no department written are the site department's (CONVENTIONS): 续国良 → 忻州市生态环境局 二级调研员; 申玉兰 →
  忻州市住建局 一级调研员; 常立宏 → 定襄县教育局 四级调研员; 姜德厚 → 锦州市卫健委 一级调研员.
- ``局党组成员、县教育科技服务中心主任`` → the 局党组 成员 + 定襄县教育科技服务中心 主任 (a 事业单位's head written after its
  county, as bv); the same for 黑山县教育事业发展服务中心 and ``党组成员、市疾病预防控制中心主任`` (锦州市疾病预防控制中心).
- The 派驻 纪检监察组 as written after the place label (ca): ``市纪委监委驻市生态环境局纪检监察组组长`` → 忻州市纪委监委驻市
  生态环境局纪检监察组 组长; ``县纪委监委派驻第三纪检监察组组长`` → 定襄县纪委监委派驻第三纪检监察组 组长; 锦州's 驻市卫健委
  group likewise. A city 局's county branch after the 局 (ap): ``市生态环境局定襄分局局长`` → 忻州市生态环境局定襄分局 局长. A
  section of a 县委 department is an org (bd): ``县委组织部干部二股股长`` → 定襄县委组织部干部二股 股长.
- County-level cities: ``原平市委常委、副市长`` → 原平市委 常委 + 原平市政府 副市长; ``原平市住建局局长`` → 原平市住建局.
  DECIDED HERE: on a county-level city department's own site the bare ``市委`` / ``市`` / ``市农业农村局`` are that city's,
  not its prefecture's (ee09: 凌海市委 常委 + 凌海市政府 副市长; 凌海市农业农村局) — the site's place, as a bare 县委 on a county
  department's site is its county's. In the 锦州日报 the bare ``市卫健委`` and ``副市长`` are 锦州's; ``黑山县卫生健康局局长`` /
  ``凌海市卫生健康局局长`` are those counties'.
- List page (ee07): a title beside a name is a holding at the page's date, date_text the stamp's date (bv06); 主持 / 负责 /
  分管 / 联系 are duties; ``牵头推进…建设项目`` names a project (bv). No event on a list page.
- Events: a county leader's 调研 at a department, a 局长's 督导 and a 县委书记's 调研 are ``inspection`` (leader; 陪同 / 参加 are
  attendees; 汇报 / 介绍 / 表示 / 指出 / 强调 / 要求 / 作了安排 speakers); the 座谈会 after a 调研 (ee02) is a meeting of its own
  (ap). DECIDED HERE: the 现场办公会 after the 调研 (ee06) is likewise a meeting of its own (chair ``主持召开``), and those
  who 参加 the day are attendees of both. 党组会议 (ee01, ee08) and the 推进会 (ee10) are meetings (chair; 出席 / 列席
  attendees). DECIDED HERE: the 民主生活会 (ee03) is a meeting (type ``meeting (民主生活会)``): ``主持`` the chair, ``到会
  指导`` and ``列席`` attendees, each member's ``个人对照检查`` and the 点评 make speakers.
- Credits: ``作者：`` and ``（局办公室　名）`` / ``撰稿：`` are author lines; ``责任编辑：`` / ``编辑：`` / ``审核：`` / ``一审 /
  二审 / 三审`` editor lines; ``本报讯（记者 … 通讯员 …）`` reporter / correspondent. DECIDED HERE: a credit signed by an
  official of the page (ee05 ``三审：田瑞林``, the 局长; ee08 ``审核：鲍丽娜`` and ee09 ``审核：关慧敏``, 副局长) is an editor
  line as well as the person's posts: the credit is the person's role on the page, the posts stay the person's posts.
- Projects are works named as under way or to be pushed: school buildings, a hospital's 新院区, a 公共卫生应急救治中心 and
  a named 高标准农田建设项目 ``project``; 老旧小区改造 and a 保交房项目 ``housing_project``; 污水处理厂提标改造 and 雨污分流
  改造 ``infrastructure_project``; a river section's 生态修复工程 ``greening_project``; a 灌区节水配套改造工程
  ``engineering_work``; a 设施蔬菜产业园二期 ``industrial_park``. Schools, 卫生院 and a 育秧基地 visited are not projects.
- Places: one line per name per file, as written; places inside titles, organ references and project names count; site
  lines, 来源 lines, footers and addresses, 上一篇 / 下一篇, 相关文章 and 本版其他文章 lists are not annotated; names inside
  hospital names (锦州市中心医院) are not. DECIDED HERE: a town in the name of its township 卫生院 (ap) or its 镇中心小学
  (a public school of the town, as bs's 佳木镇中心幼儿园) is annotated, ``in_org_reference`` (晋昌镇, 河边镇, 宏道镇).
  ``滨河苑`` (a housing estate named only in a project) is not a place.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

XZ, DX, WT, YP, JZ, HS, LH = "忻州市", "定襄县", "五台县", "原平市", "锦州市", "黑山县", "凌海市"
XZE = "忻州市生态环境局"
XZJ = "忻州市住建局"
DXJ = "定襄县教育局"
WTN = "五台县农业农村局"
JZW = "锦州市卫健委"
HSJ = "黑山县教育局"
LHN = "凌海市农业农村局"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ee01_xinzhou.txt": (2022, "发布时间：2022-03-16 17:32", XZ, [
        ("市生态环境局召开党组会议 研究部署大气污染防治和督察整改工作", "3月15日下午", "2022-03-15", "3月15日下午，局党组书记",
         "city 生态环境局 site: 局党组会议 (局党组书记、局长 chair; two 副局长 after one chain; 二级调研员; 驻局纪检监察组组长; 定襄分局局长 列席)")]),
    "ee02_dingxiang.txt": (2021, "发布时间：2021-09-09 16:20", DX, [
        ("县长郭晋阳到县教育局调研指导工作", "9月8日上午", "2021-09-08", "9月8日上午，在第37个教师节",
         "county 教育局 site: the 县长's 调研 and 座谈会; 局党组书记、局长 and two 副局长 report")]),
    "ee03_dingxiang.txt": (2022, "发布时间：2022-01-21 18:05", DX, [
        ("县教育局领导班子召开2021年度党史学习教育专题民主生活会", "1月20日", "2022-01-20", "1月20日，县教育局领导班子",
         "county 教育局 site: 领导班子 民主生活会 (县委常委、组织部部长 到会指导; 派驻纪检监察组组长, 组织部股长 列席; 党组成员 ×3, 四级调研员)")]),
    "ee04_xinzhou.txt": (2024, "发布日期：2024-05-23", XZ, [
        ("武建平带队赴原平市督导城市更新和“保交房”工作", "5月22日", "2024-05-22", "5月22日，局党组书记",
         "city 住建局 site: 局长 (formerly 生态环境局) 督导 in 原平市 with a 副局长, an 一级调研员 and 原平's 副市长 and 住建局局长")]),
    "ee05_wutai.txt": (2023, "发布时间：2023-06-14 11:26", WT, [
        ("副县长贾永福到县农业农村局调研并督导“三夏”生产工作", "6月13日", "2023-06-13", "6月13日，县委常委",
         "county 农业农村局 site: a 县委常委、副县长 (formerly 定襄县教育局局长) 调研; 局长 and 副局长 (郝振川#1); 三审 by the 局长")]),
    "ee06_xinzhou.txt": (2024, "2024年3月27日　星期三", XZ, [
        ("郭晋阳到县卫生健康局调研并召开现场办公会", "3月26日", "2024-03-26", "本报讯（记者 贺晓玲 通讯员 冯建斌）3月26日",
         "city paper 第03版: 定襄县委书记 (formerly 县长) at the 县卫生健康局; 常务副县长 (formerly 组织部部长); 现场办公会")]),
    "ee07_jinzhou.txt": (2022, "更新时间：2022-08-16 09:30", JZ, [
        ("市卫健委领导班子成员", "2022-08-16", "2022-08-16", "裴文海　　党组书记、主任",
         "city 卫健委 site: 委领导 list page (党组书记、主任; 党组成员、副主任 ×2; 党组成员、疾控中心主任; 一级调研员; 纪检监察组组长)")]),
    "ee08_heishan.txt": (2023, "发布时间：2023-02-10 15:48", HS, [
        ("县教育局召开党组会议 专题研究春季开学和校园安全工作", "2月9日上午", "2023-02-09", "2月9日上午，局党组书记",
         "county 教育局 site: 局党组会议 (局长 chair; two 副局长 (郝振川#2) after one chain; 党组成员、服务中心主任)")]),
    "ee09_linghai.txt": (2024, "发布时间：2024-04-18 10:12", LH, [
        ("吕思远到市农业农村局调研春耕生产工作", "4月17日", "2024-04-17", "4月17日，市委常委",
         "county-level city 农业农村局 site: 市委常委、副市长 (formerly 锦州市卫健委副主任) 调研; bare 市委 = 凌海")]),
    "ee10_jinzhou.txt": (2024, "2024年6月20日　星期四", JZ, [
        ("全市卫生健康重点工作推进会召开", "6月19日", "2024-06-19", "本报讯（记者 邱梦琪）6月19日",
         "city paper A02版: 卫生健康 推进会 (副市长 讲话, 市卫健委主任 主持); county 卫生健康局 heads speak (谷长林 formerly 教育局)")]),
}

_E01B = "局党组成员、副局长闫志宏、薄慧英"
_E03S = "县委常委、组织部部长石鹏飞到会指导"
_E03N = "局党组成员、县教育科技服务中心主任牛建忠"
_E04Y = "原平市委常委、副市长樊志刚"
_E08B = "局党组成员、副局长郝振川、鲍丽娜"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 忻州: the city's departments
    "ee:武建平": ("武建平", "official", XZ, [
        ("ee01", f"{XZE}党组", "书记", "局党组书记、局长武建平主持召开局党组会议", "2022-03: bare 局党组 on the 生态环境局's own site (identity case: 住建局 in 2024, ee04)"),
        ("ee01", XZE, "局长", "局党组书记、局长武建平主持召开局党组会议", "org as the headline writes it (市生态环境局)"),
        ("ee04", f"{XZJ}党组", "书记", "5月22日，局党组书记、局长武建平带队赴原平市", "2024-05: now the 住建局's; named in the headline too"),
        ("ee04", XZJ, "局长", "5月22日，局党组书记、局长武建平带队赴原平市", "org as the page's 上一篇 writes it (市住建局), as ap")], []),
    "ee:闫志宏": ("闫志宏", "official", XZ, [
        ("ee01", f"{XZE}党组", "成员", _E01B, "list after one chain of titles"),
        ("ee01", XZE, "副局长", _E01B, None)], []),
    "ee:薄慧英": ("薄慧英", "official", XZ, [
        ("ee01", f"{XZE}党组", "成员", _E01B, "list after one chain of titles"),
        ("ee01", XZE, "副局长", _E01B, None)], []),
    "ee:续国良": ("续国良", "official", XZ, [
        ("ee01", XZE, "二级调研员", "二级调研员续国良", "rank on the department's own site = the department's")], []),
    "ee:冀红梅": ("冀红梅", "official", XZ, [
        ("ee01", f"{XZ}纪委监委驻市生态环境局纪检监察组", "组长", "市纪委监委驻市生态环境局纪检监察组组长冀红梅", "the 派驻 group as written after the place label (as ca)")], []),
    "ee:段晓峰": ("段晓峰", "official", DX, [
        ("ee01", f"{XZE}定襄分局", "局长", "市生态环境局定襄分局局长段晓峰", "a city 局's county branch after the 局 (as ap)")], []),
    "ee:常振华": ("常振华", "official", XZ, [
        ("ee04", f"{XZJ}党组", "成员", "局党组成员、副局长常振华", None),
        ("ee04", XZJ, "副局长", "局党组成员、副局长常振华", None)], []),
    "ee:申玉兰": ("申玉兰", "official", XZ, [
        ("ee04", XZJ, "一级调研员", "一级调研员申玉兰", "rank on the department's own site")], []),
    "ee:樊志刚": ("樊志刚", "official", YP, [
        ("ee04", f"{YP}委", "常委", _E04Y, "county-level city, written with its name"),
        ("ee04", f"{YP}政府", "副市长", _E04Y, None)], []),
    "ee:任海涛": ("任海涛", "official", YP, [
        ("ee04", f"{YP}住建局", "局长", "原平市住建局局长任海涛", None)], []),
    # ---- 定襄县
    "ee:郭晋阳": ("郭晋阳", "official", DX, [
        ("ee02", f"{DX}委", "副书记", "县委副书记、县长郭晋阳到县教育局调研指导工作", "2021-09: bare 县委 on the 定襄县教育局 site (identity case: 县委书记 in 2024, ee06)"),
        ("ee02", f"{DX}政府", "县长", "县委副书记、县长郭晋阳到县教育局调研指导工作", "the headline repeats 县长 (no second line)"),
        ("ee06", f"{DX}委", "书记", "定襄县委书记郭晋阳到县卫生健康局调研", "2024-03: now 县委书记 (忻州日报)")], []),
    "ee:霍丽萍": ("霍丽萍", "official", DX, [
        ("ee02", f"{DX}政府", "副县长", "副县长霍丽萍，县政府办公室主任马德胜陪同调研", "2021-09"),
        ("ee06", f"{DX}政府", "副县长", "副县长霍丽萍参加", "2024-03: the same post")], []),
    "ee:马德胜": ("马德胜", "official", DX, [
        ("ee02", f"{DX}政府办公室", "主任", "县政府办公室主任马德胜陪同调研", "县政府办公室 is an org of its own (as z)")], []),
    "ee:贾永福": ("贾永福", "official", DX, [
        ("ee02", f"{DXJ}党组", "书记", "局党组书记、局长贾永福汇报了", "2021-09 (identity case: 五台县委常委、副县长 in 2023, ee05)"),
        ("ee02", DXJ, "局长", "局党组书记、局长贾永福汇报了", "bare 局 on the 定襄县教育局 site"),
        ("ee03", f"{DXJ}党组", "书记", "局党组书记、局长贾永福主持会议", "2022-01"),
        ("ee03", DXJ, "局长", "局党组书记、局长贾永福主持会议", None),
        ("ee05", f"{WT}委", "常委", "县委常委、副县长贾永福到县农业农村局调研", "2023-06: now in another county; bare 县委 on the 五台县农业农村局 site"),
        ("ee05", f"{WT}政府", "副县长", "县委常委、副县长贾永福到县农业农村局调研", "the headline repeats 副县长 (no second line)")], []),
    "ee:邢彦军": ("邢彦军", "official", DX, [
        ("ee02", f"{DXJ}党组", "成员", "局党组成员、副局长邢彦军、温晓蓉", "2021-09: list after one chain"),
        ("ee02", DXJ, "副局长", "局党组成员、副局长邢彦军、温晓蓉", None),
        ("ee03", f"{DXJ}党组", "成员", "局党组成员、副局长邢彦军", "2022-01"),
        ("ee03", DXJ, "副局长", "局党组成员、副局长邢彦军", None)], []),
    "ee:温晓蓉": ("温晓蓉", "official", DX, [
        ("ee02", f"{DXJ}党组", "成员", "局党组成员、副局长邢彦军、温晓蓉", "2021-09: list after one chain"),
        ("ee02", DXJ, "副局长", "局党组成员、副局长邢彦军、温晓蓉", None),
        ("ee03", f"{DXJ}党组", "成员", "局党组成员、副局长温晓蓉", "2022-01"),
        ("ee03", DXJ, "副局长", "局党组成员、副局长温晓蓉", None)], []),
    "ee:石鹏飞": ("石鹏飞", "official", DX, [
        ("ee03", f"{DX}委", "常委", _E03S, "2022-01 (identity case: 常务副县长 in 2024, ee06)"),
        ("ee03", f"{DX}委组织部", "部长", _E03S, None),
        ("ee06", f"{DX}委", "常委", "县委常委、常务副县长石鹏飞", "2024-03: bare 县委 right after 定襄县委书记"),
        ("ee06", f"{DX}政府", "常务副县长", "县委常委、常务副县长石鹏飞", "2024-03: now 常务副县长")], []),
    "ee:高翊宁": ("高翊宁", "official", DX, [
        ("ee03", f"{DX}纪委监委派驻第三纪检监察组", "组长", "县纪委监委派驻第三纪检监察组组长高翊宁", "the 派驻 group as written after the place label")], []),
    "ee:宋嘉怡": ("宋嘉怡", "official", DX, [
        ("ee03", f"{DX}委组织部干部二股", "股长", "县委组织部干部二股股长宋嘉怡", "a section as an org written after its department (as bd)")], []),
    "ee:牛建忠": ("牛建忠", "official", DX, [
        ("ee03", f"{DXJ}党组", "成员", _E03N, None),
        ("ee03", f"{DX}教育科技服务中心", "主任", _E03N, "a 事业单位's head, written after its county (as bv)")], []),
    "ee:常立宏": ("常立宏", "official", DX, [
        ("ee03", DXJ, "四级调研员", "四级调研员常立宏", "rank on the department's own site")], []),
    "ee:康卫东": ("康卫东", "official", DX, [
        ("ee06", f"{DX}卫生健康局党组", "书记", "县卫生健康局党组书记、局长康卫东", "县 in a 定襄 article = 定襄县"),
        ("ee06", f"{DX}卫生健康局", "局长", "县卫生健康局党组书记、局长康卫东", None)], []),
    # ---- 五台县
    "ee:田瑞林": ("田瑞林", "official", WT, [
        ("ee05", f"{WTN}党组", "书记", "局党组书记、局长田瑞林，局党组成员", "also signs the page as 三审 (editor line)"),
        ("ee05", WTN, "局长", "局党组书记、局长田瑞林，局党组成员", None)], []),
    "ee:郝振川#1": ("郝振川", "official", WT, [
        ("ee05", f"{WTN}党组", "成员", "局党组成员、副局长郝振川陪同", "五台 (山西); not the 郝振川 of 黑山县 (ee08)"),
        ("ee05", WTN, "副局长", "局党组成员、副局长郝振川陪同", None)], []),
    # ---- 锦州
    "ee:裴文海": ("裴文海", "official", JZ, [
        ("ee07", f"{JZW}党组", "书记", "裴文海　　党组书记、主任", "2022-08 list page, dated by the stamp; bare 党组 on the 卫健委's own site"),
        ("ee07", JZW, "主任", "裴文海　　党组书记、主任", "org as the headline writes it (市卫健委)"),
        ("ee10", f"{JZW}党组", "书记", "市卫健委党组书记、主任裴文海主持会议", "2024-06: the same posts"),
        ("ee10", JZW, "主任", "市卫健委党组书记、主任裴文海主持会议", None)], []),
    "ee:吕思远": ("吕思远", "official", JZ, [
        ("ee07", f"{JZW}党组", "成员", "吕思远　　党组成员、副主任", "2022-08 (identity case: 凌海市委常委、副市长 in 2024, ee09)"),
        ("ee07", JZW, "副主任", "吕思远　　党组成员、副主任", None),
        ("ee09", f"{LH}委", "常委", "市委常委、副市长吕思远到市农业农村局调研", "2024-04: DECIDED HERE: bare 市委 on the 凌海市 department's site = 凌海市委"),
        ("ee09", f"{LH}政府", "副市长", "市委常委、副市长吕思远到市农业农村局调研", "凌海市政府, not 锦州市政府")], []),
    "ee:庞雪莲": ("庞雪莲", "official", JZ, [
        ("ee07", f"{JZW}党组", "成员", "庞雪莲　　党组成员、副主任", "2022-08"),
        ("ee07", JZW, "副主任", "庞雪莲　　党组成员、副主任", None),
        ("ee10", f"{JZW}党组", "成员", "市卫健委党组成员、副主任庞雪莲通报了", "2024-06"),
        ("ee10", JZW, "副主任", "市卫健委党组成员、副主任庞雪莲通报了", None)], []),
    "ee:邹晓丹": ("邹晓丹", "official", JZ, [
        ("ee07", f"{JZW}党组", "成员", "邹晓丹　　党组成员、市疾病预防控制中心主任", None),
        ("ee07", f"{JZ}疾病预防控制中心", "主任", "邹晓丹　　党组成员、市疾病预防控制中心主任", "a 事业单位's head, written with its 市")], []),
    "ee:姜德厚": ("姜德厚", "official", JZ, [
        ("ee07", JZW, "一级调研员", "姜德厚　　一级调研员", "rank on the department's own site")], []),
    "ee:曹立军": ("曹立军", "official", JZ, [
        ("ee07", f"{JZ}纪委监委驻市卫健委纪检监察组", "组长", "曹立军　　市纪委监委驻市卫健委纪检监察组组长", "the 派驻 group as written after the place label")], []),
    "ee:陶立新": ("陶立新", "official", JZ, [
        ("ee10", f"{JZ}政府", "副市长", "副市长陶立新出席会议并讲话", "bare 副市长 in the 锦州日报")], []),
    # ---- 黑山县
    "ee:谷长林": ("谷长林", "official", HS, [
        ("ee08", f"{HSJ}党组", "书记", "局党组书记、局长谷长林主持召开局党组会议", "2023-02 (identity case: 县卫生健康局局长 in 2024, ee10)"),
        ("ee08", HSJ, "局长", "局党组书记、局长谷长林主持召开局党组会议", "bare 局 on the 黑山县教育局 site; 县教育局 = 黑山's here, 定襄's in ee02 / ee03"),
        ("ee10", f"{HS}卫生健康局", "局长", "黑山县卫生健康局局长谷长林", "2024-06: now 卫生健康局")], []),
    "ee:郝振川#2": ("郝振川", "official", HS, [
        ("ee08", f"{HSJ}党组", "成员", _E08B, "黑山 (辽宁); not the 郝振川 of 五台县 (ee05)"),
        ("ee08", HSJ, "副局长", _E08B, None)], []),
    "ee:鲍丽娜": ("鲍丽娜", "official", HS, [
        ("ee08", f"{HSJ}党组", "成员", _E08B, "also signs the page as 审核 (editor line)"),
        ("ee08", HSJ, "副局长", _E08B, None)], []),
    "ee:于海龙": ("于海龙", "official", HS, [
        ("ee08", f"{HSJ}党组", "成员", "局党组成员、县教育事业发展服务中心主任于海龙", None),
        ("ee08", f"{HS}教育事业发展服务中心", "主任", "局党组成员、县教育事业发展服务中心主任于海龙", "a 事业单位's head, written after its county")], []),
    # ---- 凌海市
    "ee:孙德彪": ("孙德彪", "official", LH, [
        ("ee09", f"{LHN}党组", "书记", "局党组书记、局长孙德彪", "bare 局 on the 凌海市农业农村局 site"),
        ("ee09", LHN, "局长", "局党组书记、局长孙德彪", None)], []),
    "ee:关慧敏": ("关慧敏", "official", LH, [
        ("ee09", f"{LHN}党组", "成员", "局党组成员、副局长关慧敏陪同调研", "also signs the page as 审核 (editor line)"),
        ("ee09", LHN, "副局长", "局党组成员、副局长关慧敏陪同调研", None)], []),
    "ee:邢宝山": ("邢宝山", "official", LH, [
        ("ee10", f"{LH}卫生健康局", "局长", "凌海市卫生健康局局长邢宝山", "county-level city's department")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ee01", "刘婧雯", "责任编辑", "editor", "责任编辑：刘婧雯"),
    ("ee02", "王晓岚", "作者", "author", "作者：王晓岚"),
    ("ee03", "王晓岚", "作者", "author", "作者：王晓岚"),
    ("ee04", "杜佳慧", "供稿", "author", "（局办公室　杜佳慧）"),
    ("ee04", "韩志伟", "审核", "editor", "审核：韩志伟"),
    ("ee05", "梁彩霞", "一审", "editor", "一审：梁彩霞"),
    ("ee05", "赵国庆", "二审", "editor", "二审：赵国庆"),
    ("ee05", "田瑞林", "三审", "editor", "三审：田瑞林"),
    ("ee06", "贺晓玲", "记者", "reporter", "本报讯（记者 贺晓玲 通讯员 冯建斌）"),
    ("ee06", "冯建斌", "通讯员", "correspondent", "本报讯（记者 贺晓玲 通讯员 冯建斌）"),
    ("ee06", "杨柳青", "责任编辑", "editor", "责任编辑：杨柳青"),
    ("ee08", "石慧娟", "编辑", "editor", "编辑：石慧娟"),
    ("ee08", "鲍丽娜", "审核", "editor", "审核：鲍丽娜"),
    ("ee09", "郑书航", "撰稿", "author", "撰稿：郑书航"),
    ("ee09", "关慧敏", "审核", "editor", "审核：关慧敏"),
    ("ee10", "邱梦琪", "记者", "reporter", "本报讯（记者 邱梦琪）"),
    ("ee10", "付丽君", "责任编辑", "editor", "责任编辑：付丽君"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ee01", "局党组会议", "meeting (党组会议)", "3月15日下午", "武建平", None, [XZE],
     ["闫志宏", "薄慧英", "续国良", "冀红梅", "段晓峰"], ["闫志宏", "薄慧英", "段晓峰", "武建平", "冀红梅"], None,
     "局党组书记、局长武建平主持召开局党组会议",
     ["局长武建平主持召开局党组会议", _E01B, "二级调研员续国良", "纪检监察组组长冀红梅出席会议", "局长段晓峰及局机关各科室负责人列席会议",
      "闫志宏通报了", "薄慧英汇报了", "段晓峰就定襄县锻造企业深度治理作了发言", "武建平指出", "冀红梅就加强行政执法领域廉政风险防控提出要求"]),
    ("ee02", "县长到县教育局调研指导工作", "inspection (调研)", "9月8日上午", None, "郭晋阳", [],
     ["霍丽萍", "马德胜"], [], DX,
     "县委副书记、县长郭晋阳到县教育局调研指导工作",
     ["县长郭晋阳到县教育局调研指导工作", "副县长霍丽萍，县政府办公室主任马德胜陪同调研"]),
    ("ee02", "座谈会", "meeting (座谈会)", "9月8日上午", "郭晋阳", None, [],
     [], ["贾永福", "邢彦军", "温晓蓉", "郭晋阳", "霍丽萍"], DX,
     "郭晋阳在县教育局主持召开座谈会",
     ["郭晋阳在县教育局主持召开座谈会", "局长贾永福汇报了", "副局长邢彦军、温晓蓉分别就教师队伍建设和校园安全工作作了补充汇报",
      "郭晋阳对全县教育系统的工作给予肯定。他指出", "霍丽萍要求"]),
    ("ee03", "2021年度党史学习教育专题民主生活会", "meeting (民主生活会)", "1月20日", "贾永福", None, [DXJ],
     ["石鹏飞", "高翊宁", "宋嘉怡"], ["贾永福", "邢彦军", "温晓蓉", "牛建忠", "常立宏", "石鹏飞"], None,
     "县教育局领导班子召开2021年度党史学习教育专题民主生活会",
     [_E03S, "纪检监察组组长高翊宁、县委组织部干部二股股长宋嘉怡列席会议", "局长贾永福主持会议", "贾永福通报了",
      "副局长邢彦军", "副局长温晓蓉", _E03N, "四级调研员常立宏依次作个人对照检查", "石鹏飞在点评时指出", "贾永福表示"]),
    ("ee04", "城市更新和“保交房”工作督导", "inspection (督导)", "5月22日", None, "武建平", [XZJ],
     ["常振华", "申玉兰", "樊志刚", "任海涛"], ["任海涛", "樊志刚", "武建平", "常振华", "申玉兰"], YP,
     "局党组书记、局长武建平带队赴原平市，督导城市更新项目推进和“保交房”攻坚工作",
     ["局长武建平带队赴原平市", "副局长常振华", "一级调研员申玉兰", _E04Y, "局长任海涛陪同", "任海涛汇报了", "樊志刚表示",
      "武建平指出", "常振华就老旧小区改造", "申玉兰对项目资金拨付"]),
    ("ee05", "县农业农村局调研和“三夏”生产督导", "inspection (调研)", "6月13日", None, "贾永福", [],
     ["田瑞林", "郝振川"], ["田瑞林", "郝振川", "贾永福"], "豆村镇、东冶镇",
     "县委常委、副县长贾永福到县农业农村局调研，并深入豆村镇、东冶镇督导“三夏”生产和高标准农田建设工作",
     ["副县长贾永福到县农业农村局调研", "局长田瑞林，局党组成员、副局长郝振川陪同", "听取了田瑞林关于", "郝振川介绍了",
      "贾永福强调", "他要求"]),
    ("ee06", "紧密型县域医共体建设和重点卫生项目调研", "inspection (调研)", "3月26日", None, "郭晋阳", [],
     ["石鹏飞", "霍丽萍"], [], DX,
     "定襄县委书记郭晋阳到县卫生健康局调研紧密型县域医共体建设和重点卫生项目推进工作",
     ["定襄县委书记郭晋阳到县卫生健康局调研", "常务副县长石鹏飞，副县长霍丽萍参加"]),
    ("ee06", "现场办公会", "meeting (现场办公会)", "3月26日", "郭晋阳", None, [],
     ["石鹏飞", "霍丽萍"], ["康卫东", "郭晋阳", "石鹏飞", "霍丽萍"], DX,
     "在随后召开的现场办公会上，县卫生健康局党组书记、局长康卫东汇报了",
     ["并主持召开现场办公会", "常务副县长石鹏飞，副县长霍丽萍参加", "局长康卫东汇报了", "郭晋阳指出",
      "石鹏飞就新院区建设资金保障", "霍丽萍要求"]),
    ("ee08", "局党组会议", "meeting (党组会议)", "2月9日上午", "谷长林", None, [HSJ],
     ["郝振川", "鲍丽娜", "于海龙"], ["郝振川", "鲍丽娜", "于海龙", "谷长林"], None,
     "局党组书记、局长谷长林主持召开局党组会议",
     ["局长谷长林主持召开局党组会议", _E08B, "主任于海龙出席会议", "郝振川通报了", "鲍丽娜汇报了", "于海龙就大虎山镇",
      "谷长林强调", "他要求"]),
    ("ee09", "春耕备耕工作调研", "inspection (调研)", "4月17日", None, "吕思远", [],
     ["孙德彪", "关慧敏"], ["孙德彪", "关慧敏", "吕思远"], LH,
     "市委常委、副市长吕思远到市农业农村局调研春耕备耕工作",
     ["副市长吕思远到市农业农村局调研", "局长孙德彪，局党组成员、副局长关慧敏陪同调研", "听取了孙德彪关于", "关慧敏介绍了",
      "吕思远指出", "他要求"]),
    ("ee10", "全市卫生健康重点工作推进会", "meeting (推进会)", "6月19日", "裴文海", None, [],
     ["陶立新"], ["陶立新", "庞雪莲", "谷长林", "邢宝山", "裴文海"], None,
     "6月19日，全市卫生健康重点工作推进会召开",
     ["副市长陶立新出席会议并讲话", "主任裴文海主持会议", "副主任庞雪莲通报了", "黑山县卫生健康局局长谷长林、凌海市卫生健康局局长邢宝山分别围绕",
      "陶立新指出", "裴文海就抓好会议精神贯彻落实提出要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ee01", "滹沱河忻州段生态修复工程", "greening_project", "薄慧英汇报了滹沱河忻州段生态修复工程"),
    ("ee01", "忻州市城区污水处理厂提标改造工程", "infrastructure_project", "忻州市城区污水处理厂提标改造工程的推进情况"),
    ("ee02", "定襄县第二中学新建教学楼项目", "project", "先后来到定襄县第二中学新建教学楼项目现场"),
    ("ee04", "原平市2024年老旧小区改造项目", "housing_project", "先后来到原平市2024年老旧小区改造项目"),
    ("ee04", "原平市城区雨污分流改造工程", "infrastructure_project", "原平市城区雨污分流改造工程和滨河苑保交房项目现场"),
    ("ee04", "滨河苑保交房项目", "housing_project", "原平市城区雨污分流改造工程和滨河苑保交房项目现场"),
    ("ee05", "五台县2023年高标准农田建设项目", "project", "察看了五台县2023年高标准农田建设项目施工现场"),
    ("ee05", "东冶镇设施蔬菜产业园二期", "industrial_park", "走进东冶镇设施蔬菜产业园二期建设现场"),
    ("ee06", "定襄县人民医院新院区建设项目", "project", "首先来到定襄县人民医院新院区建设项目施工现场"),
    ("ee07", "锦州市公共卫生应急救治中心建设项目", "project", "牵头推进锦州市公共卫生应急救治中心建设项目"),
    ("ee08", "大虎山镇中心小学新建教学楼项目", "project", "于海龙就大虎山镇中心小学新建教学楼项目"),
    ("ee08", "芳山镇中学宿舍楼改造项目", "project", "芳山镇中学宿舍楼改造项目的开工准备"),
    ("ee09", "大凌河灌区节水配套改造工程", "engineering_work", "农机检修和大凌河灌区节水配套改造工程进展情况"),
    ("ee09", "凌海市2024年高标准农田建设项目", "project", "察看了凌海市2024年高标准农田建设项目现场"),
    ("ee10", "锦州市公共卫生应急救治中心建设项目", "project", "锦州市公共卫生应急救治中心建设项目已完成主体结构封顶"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ee01", "定襄", "county", "in_org_reference", "市生态环境局定襄分局局长段晓峰"),
    ("ee01", "滹沱河", "river", "in_project_name", "薄慧英汇报了滹沱河忻州段生态修复工程"),
    ("ee01", "忻州", "city", "in_project_name", "薄慧英汇报了滹沱河忻州段生态修复工程"),
    ("ee01", "忻州市", "city", "in_project_name", "忻州市城区污水处理厂提标改造工程的推进情况"),
    ("ee01", "定襄县", "county", "standalone", "段晓峰就定襄县锻造企业深度治理作了发言"),
    ("ee02", "定襄县", "county", "in_project_name", "先后来到定襄县第二中学新建教学楼项目现场"),
    ("ee02", "晋昌镇", "town", "in_org_reference", "晋昌镇中心小学"),
    ("ee02", "定襄", "county", "standalone", "教育是定襄高质量发展的基础工程"),
    ("ee04", "原平市", "county_level_city", "standalone", "局党组书记、局长武建平带队赴原平市，督导城市更新项目推进"),
    ("ee05", "豆村镇", "town", "standalone", "深入豆村镇、东冶镇督导"),
    ("ee05", "东冶镇", "town", "standalone", "深入豆村镇、东冶镇督导"),
    ("ee05", "五台县", "county", "in_project_name", "察看了五台县2023年高标准农田建设项目施工现场"),
    ("ee06", "定襄县", "county", "in_title", "定襄县委书记郭晋阳到县卫生健康局调研"),
    ("ee06", "河边镇", "town", "in_org_reference", "随后来到河边镇卫生院"),
    ("ee06", "宏道镇", "town", "in_org_reference", "宏道镇卫生院负责同志作了发言"),
    ("ee07", "锦州市", "city", "in_project_name", "牵头推进锦州市公共卫生应急救治中心建设项目"),
    ("ee08", "大虎山镇", "town", "in_project_name", "于海龙就大虎山镇中心小学新建教学楼项目"),
    ("ee08", "芳山镇", "town", "in_project_name", "芳山镇中学宿舍楼改造项目的开工准备"),
    ("ee09", "石山镇", "town", "standalone", "深入石山镇、阎家镇田间地头实地察看"),
    ("ee09", "阎家镇", "town", "standalone", "深入石山镇、阎家镇田间地头实地察看"),
    ("ee09", "大凌河", "river", "in_project_name", "农机检修和大凌河灌区节水配套改造工程进展情况"),
    ("ee09", "凌海市", "county_level_city", "in_project_name", "察看了凌海市2024年高标准农田建设项目现场"),
    ("ee10", "锦州市", "city", "in_project_name", "锦州市公共卫生应急救治中心建设项目已完成主体结构封顶"),
    ("ee10", "黑山县", "county", "in_title", "黑山县卫生健康局局长谷长林"),
    ("ee10", "凌海市", "county_level_city", "in_title", "凌海市卫生健康局局长邢宝山"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ee", conventions="set ee (blind set: county and city DEPARTMENTS' own sites and city papers in 山西 (忻州 市生态环境局 and 市住建局; 定襄县教育局, 五台县农业农村局; 原平市; the 忻州日报) and 辽宁 (锦州 市卫健委; 黑山县教育局; 凌海市农业农村局; the 锦州日报): bare 局 / 委 / 局党组 on a department's site are that department's; on a county-level city department's site bare 市委 / 市 are that city's; 党组成员 a post of the 党组; ranks (二级调研员, 一级调研员, 四级调研员) posts of the site's department; 派驻 纪检监察组 组长 and a 县委组织部 股 as orgs; a 委领导 list page's titles are holdings at its date; 党组会议, 民主生活会, 座谈会, 现场办公会 and 推进会 meetings, 调研 / 督导 inspections; a credit signed by an official is an editor line besides the posts; one line per post per article)",
          persons_note="Set ee persons. id = corpus-wide person_id (ee:郝振川#1 of 五台县农业农村局 (山西) and ee:郝振川#2 of 黑山县教育局 (辽宁) are two people with look-alike posts; ee:武建平 moves 忻州市生态环境局局长 2022 → 市住建局局长 2024; ee:贾永福 定襄县教育局局长 2021–2022 → 五台县委常委、副县长 2023; ee:郭晋阳 定襄县长 2021 → 县委书记 2024; ee:石鹏飞 定襄县委组织部部长 2022 → 常务副县长 2024; ee:吕思远 锦州市卫健委副主任 2022 → 凌海市委常委、副市长 2024; ee:谷长林 黑山县教育局局长 2023 → 县卫生健康局局长 2024)")


if __name__ == "__main__":
    main()
