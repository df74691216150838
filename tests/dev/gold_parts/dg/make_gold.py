"""Write gold part ``dg`` (a blind set, held-out-like mix, second round: ten pages from ten provinces, each a different
real layout) from the tables below.

Pages ``tests/dev/texts/dg*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 三明市人大 site's copy of a 三明日报 piece
(``2026-01-16 11:51 来源:三明日报 字号:``); the 临沧市人民政府 site's copy of the 临沧日报 (``发布日期: … 作者: … 信息来源: 临沧日报
浏览次数:``, ``市委副书记、市长…带领市政府班子成员…市人大常委会主任…，市政协主席…分别出席``); the 掌中九江 page of a 市人大常委会
副主任's 调研 (``编辑：… 责编：… 审核：…``); the 天水在线 甘谷 page (``您所在的位置:首页>>新闻中心>>天水新闻>>甘谷>>正文``,
``来源:甘谷县新闻中心 打印本页``, a 县委常委、副县长 at a 乡 撤乡改镇 ceremony); the 武山 page (``县委常委、城关镇党委书记``,
``县人大常委会副主任、洛门镇党委书记``, ``新闻来源:武山县融媒体中心``); the 武陟融媒 WeChat post (``武陟融媒 2023-11-29``, ``推荐阅读``,
``监 制 / 主 编 / 责 编 / 制 作``, ``点分享 点点赞 点在看``); the 清丰县人大 site (``当前位置: >> 县区人大 >> 清丰县``, ``发布时间: 来源:
作者:``, a 人大常委会主任 leading a 视察, ``县委常委、县政府常务副县长…陪同视察``); the 普陀区政协 page (``阅读次数: 发布时间:``, 主席会议
with 副主席 list and 秘书长); the 温州 and 崇左 政协 pages (``省政协副主席…率调研组…市政协主席…，副主席…，秘书长…陪同调研``;
``市政协副秘书长…，市政协外事侨务民族委主任…陪同``); the 黑河 政协 常委会 page; the 富锦 page of a 广东省政协考察团 (``佳木斯市
政协副主席、富锦市委书记``, 龙粤合作); the 伊春 生态日 page (伊春森工, ``伊春市委常委、副市长``); the 海南省民政厅 site (``来源：省民政厅
| 发布机构：省民政厅``, the 厅 党委书记's 调研 of a county's 养老 services) and the 海南省新闻办 page (``来源: 海南省新闻办公室
【字体: 打印``); the 丹东 林草 page chrome (``您当前所在的位置是：…>丹东市>图片新闻 发布时间: 来源:``); the 黔西南州 党政代表团 page
(``州委副书记、州长…率…赴六盘水考察学习。六盘水市委副书记、市长…，市委常委、水城县县委书记…陪同考察并出席座谈会``); a 三明医改 piece
(the 医改 as what other cities come to learn). Places are real and new to the corpus: 山西 忻州 繁峙县, 江西 萍乡 安源区,
福建 三明 (宁化县; the city paper), 广西 河池 南丹县, 贵州 黔南 荔波县, 云南 临沧 凤庆县, 甘肃 武威 古浪县 黄花滩镇, 辽宁 葫芦岛
(兴城市, 绥中县), 黑龙江 伊春 (铁力市, 金林区), 海南 (三亚, 海口).

Shapes: a county government site article (繁峙县人民政府门户网站, ``发布时间 来源 浏览次数 字号``, 相关链接, 主办单位 / 备案号)
of the 县长's 调研 (dg01); a district 融媒体 page (安源新闻网, ``来源：安源区融媒体中心``, ``记者： 编辑： 审核：``) of the 区委书记's
调研 (dg02); a city paper's digital edition (三明日报 第A01版) with two articles: a 萍乡 考察团 led by the former 安源区委书记, now
萍乡市委常委、副市长, with a 座谈会, and the 市委书记's 调研 of 宁化县 (dg03); a portal copy (广西新闻网, ``来源：河池日报``, the
paper's ``本报讯（记者 …）`` kept in the body, 【纠错】, 相关阅读) of the 市长's 调研 of 南丹县 (dg04); a WeChat post (``原创　荔波发布
2024-04-18 20:36　贵州``, ``来源： 记者： 编辑： 审核：``, ``阅读 分享 收藏 在看 赞``, 往期推荐) of the 南丹县委书记's delegation to
荔波 and the 座谈会 (dg05); a city site's 领导活动 column page (``当前位置：首页 > 政务动态 > 领导活动``, ``作者： 信息来源：临沧日报``,
扫一扫, 相关文章 with a link naming the 市长) of the 市长's 调研 of 凤庆县 (dg06); a town site (古浪县黄花滩镇人民政府, ``到我镇督导``,
bare 县 = the town's county, 镇人大主席, 上一篇 / 下一篇) of a 县委常委、副县长's 督导 and the 镇村干部会议 after it (dg07); a 人大 site
(葫芦岛人大网) of a 执法检查 led by the 人大常委会党组书记、主任, with its 汇报会 (dg08); a 政协 site (伊春政协网) of a 视察 led by the
政协党组书记、主席 and its 视察座谈会 (dg09); a department site (海南省民政厅, ``来源：省民政厅　发布机构：省民政厅``) of a 黑龙江省政协
调研组 on ``候鸟`` elders and the 座谈会 in 海口 (dg10).

Identity cases:
- dg:黎卫东 moves from a district to its city and visits another province: 安源区委书记 in May 2022 (dg02); 萍乡市委常委、
  副市长 leading a 考察团 to 三明 in June 2024 (dg03, the 三明日报).
- dg:何正阳, a 县长 who becomes 县委书记 and is seen across a provincial border: 南丹县委副书记、县长 in Sept 2021 (dg04, the
  河池日报 on 广西新闻网); 南丹县委书记 leading a delegation to 荔波 (贵州) in April 2024 (dg05, on 荔波's WeChat account).
- dg:高文彬 moves from a city 政协 to the provincial one and is seen in 海南: 伊春市政协副主席 in July 2021 (dg09); 黑龙江省政协
  社会和法制委员会副主任 in an 调研组 received by the 海南省民政厅 in Jan 2024 (dg10).
- two different 贾云飞 in unrelated places: dg:贾云飞#1 is 繁峙县 副县长 (山西, dg01); dg:贾云飞#2 is 葫芦岛市人大常委会
  秘书长 (辽宁, dg08).
- one organ name of different places: bare ``县委`` is 繁峙's (dg01), 宁化's (dg03, after ``宁化县委书记``), 南丹's (dg04, after
  ``南丹县委书记``), 荔波's (dg05, the account's county) and 古浪's (dg07, ``县委常委`` on a town site); bare ``市委副书记、市长``
  is 河池's (dg04) and 临沧's (dg06); ``镇党委书记`` is 砂河镇's (dg01), 安源镇's (dg02), 鲁史镇's (dg06) and 黄花滩镇's (dg07);
  bare ``市政协`` is 伊春's (dg09) while ``黑龙江省政协`` (dg10) is the province's; bare ``省民政厅`` on the 海南 site is 海南's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ab, ag, aa, bl, bs, cj, dd where they speak; decided here where they are silent):
- Labels: 繁峙县, 安源区 (one district in China: no city prefix), 宁化县, 南丹县, 荔波县, 凤庆县, 古浪县, 兴城市 (county-level city),
  绥中县, 铁力市, 金林区; prefecture cities 萍乡市, 三明市, 河池市, 临沧市, 葫芦岛市, 伊春市, 三亚市; provinces 黑龙江省, 海南省.
  ``江西省萍乡市委常委、副市长`` → 萍乡市委 常委 + 萍乡市政府 副市长 (the province prefix is no part of the city's label).
- Bare organs take the page's place or its parent of the right level: on a county site / county paper article bare 县委 /
  县政府 / 县X局 = that county; bare 县 after ``X县委书记`` = X; bare 市委 / 市政府 / 副市长 / 市X局 in a city paper or on a city
  site = that city (三明, 河池 for the 河池日报 copy, 临沧); on a 人大 / 政协 site bare 市人大常委会 / 市政协 = the site's city;
  town organs (``镇党委书记``, ``镇长``) after ``在X镇`` or on X镇's site = 县label + X镇 + 党委 / 政府 (CONVENTIONS). As part bl:
  bare ``县委常委、副县长`` on a town's own site (dg07) is the town's county, 古浪县. DECIDED HERE: on the 海南省民政厅 site the bare
  ``省民政厅`` (dg10) is 海南's even in an article about a 黑龙江 调研组: the page writes every 黑龙江 organ with its province
  (``黑龙江省政协副主席``, ``黑龙江省政协社会和法制委员会副主任``).
- ``党组书记、主任 / 主席 / 厅长`` → the organ's 党组 书记 + the organ's 主任 / 主席 / 厅长 (党组 only with 书记, parts z, ab);
  a bare 秘书长 after a 人大常委会 副主任 or a 政协 副主席 list is that body's (parts ab, p); a 人大常委会 committee is an org of
  its own, as written after the place (part ab): ``市人大常委会环资工委主任`` → 葫芦岛市人大常委会环资工委 主任; a 政协
  special committee likewise (part ay): 黑龙江省政协社会和法制委员会 副主任. ``镇人大主席`` → 古浪县黄花滩镇人大 主席 (part aa).
  ``市政府副秘书长`` → X市政府 副秘书长; departments as written after the place (安源区发改委, 三明市医疗保障局, 三亚市民政局,
  繁峙县林业局). One line per post per article; a list after one title gives every name that title.
- Events: 调研 / 督导 / 考察 / 视察 / 执法检查 are ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求
  / 表示 / 作了安排 / 提出要求 speakers; ``听取了…X关于…的汇报`` makes X a speaker, as bs). DECIDED HERE: a visiting delegation's
  考察 (dg03, dg05) is an inspection led by the delegation's head; the hosts who 陪同 and the delegation members who 参加 are
  attendees. The 座谈会 after a 考察 / 调研 (dg03, dg05, dg10), the 执法检查's 汇报会 (dg08), the 视察座谈会 (dg09) and the
  镇村干部会议 after the 督导 (dg07) are meetings of their own (as part ag's 座谈会): chair when 主持, speakers as above.
  Titles in 相关链接 / 相关阅读 / 相关文章 / 上一篇 / 下一篇 / 往期推荐 lists are links, not events, and give no posts (part cj):
  ``市长李正勋主持召开全市茶产业发展推进会`` (dg06) is such a link.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent (kept in the portal copy's body, dg04); ``记者：`` on the
  融媒体 page and the WeChat post a reporter line; ``作者：`` (dg06, dg08), ``（文/图：…）`` (dg07) and ``（市政协办公室 …）``
  (dg09) author lines; 责任编辑 / 编辑 / 审核 editor lines. 来源 lines naming an organ or a paper (``来源：河池日报``,
  ``来源：荔波县融媒体中心``) name no person.
- Projects: works visited or to be pushed: river and 河道 / 防洪渠道 works ``engineering_work``; 生态修复 / 海岸带整治 works
  ``greening_project``; roads, a 污水处理厂 提标改造 ``infrastructure_project``; named 产业园 / 加工园 (or their 二期)
  ``industrial_park``; a 棚户区改造安置小区 ``housing_project``; 文旅综合体, 示范基地, 古镇保护提升, a 森林公园提升改造, a 尾矿综合利用
  项目, a 日光温室提质改造项目 and a 养老服务综合体建设项目 ``project``. DECIDED HERE: ``黔桂瑶族文化旅游走廊`` (a named
  cross-province corridor two counties agree to build, dg05) is a ``program``. Institutions visited (hospitals, a 医保基金管理
  中心, a 候鸟老人服务中心, a 养老服务站) are no projects.
- Places: one line per name per file, as written; places inside titles, organ references, institution names (as bs's
  ``佳木镇中心幼儿园``) and project names count, also short names inside a project name (``大营段`` → 大营, ``至车河`` → 车河,
  ``宁化石壁`` → 石壁, ``兴城滨海`` → 兴城, as part dd). DECIDED HERE: one-character abbreviations of a place in ``来明``,
  ``来荔``, ``来琼``, ``在琼`` are not annotated; the scenic area 小七孔景区 and the 日月峡国家森林公园 are places (kinds
  ``scenic_area``, ``park``); 茶马古道 a ``heritage_site``. Site lines, mastheads, 来源 lines, the WeChat account and IP lines,
  footers and link lists are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dg01_fanshi.txt": (2021, "发布时间：2021-04-22 17:36", "繁峙县", [
        ("郝晋峰到砂河镇、大营镇调研春季造林绿化和重点项目建设", "4月21日", "2021-04-21", "4月21日，县委副书记",
         "county government site: the 县长's 调研 of two towns (造林, 滹沱河 修复, projects); 常务副县长, 副县长 贾云飞#1, town heads")]),
    "dg02_anyuan.txt": (2022, "2022-05-19 20:12", "安源区", [
        ("黎卫东调研重点项目建设和采煤沉陷区综合治理工作", "5月18日", "2022-05-18", "5月18日，区委书记",
         "district 融媒体 page: the 区委书记 黎卫东's 调研 (萍乡市委常委、副市长 in 2024, dg03)")]),
    "dg03_sanming.txt": (2024, "2024年06月14日　星期五", "三明市", [
        ("萍乡市考察团来明考察学习医改工作", "6月13日", "2024-06-13", "本报讯（记者 陈婉清）6月13日",
         "city paper 第A01版: a 萍乡 考察团 led by 萍乡市委常委、副市长 黎卫东 (安源区委书记 in 2022) and its 座谈会"),
        ("严伟东在宁化县调研时强调", "6月12日至13日", "2024-06-12", "本报讯（记者 林舒涵 通讯员 巫晓东）6月12日至13日",
         "city paper 第A01版: the 市委书记's 调研 of 宁化县 with the 市委秘书长 and the county's 书记 / 县长")]),
    "dg04_nandan.txt": (2021, "2021-09-14 09:12:36", "河池市", [
        ("覃立川到南丹县调研有色金属产业和重点项目建设", "9月13日", "2021-09-13", "本报讯（记者 覃珊珊）9月13日",
         "portal copy (广西新闻网, 来源：河池日报): the 市长's 调研 of 南丹县; 县长 何正阳 (县委书记 in 2024, dg05)")]),
    "dg05_libo.txt": (2024, "2024-04-18 20:36", "荔波县", [
        ("何正阳率南丹县党政代表团来荔考察交流", "4月17日至18日", "2024-04-17", "4月17日至18日，广西南丹",
         "WeChat post (荔波发布): the 南丹县委书记's delegation to 荔波 and the 座谈会")]),
    "dg06_lincang.txt": (2023, "发布日期：2023-08-16 18:05", "临沧市", [
        ("李正勋到凤庆县调研茶产业和重点项目建设", "8月15日", "2023-08-15", "8月15日，市委副书记",
         "city site 领导活动 column (信息来源：临沧日报): the 市长's 调研 of 凤庆县; a link naming the 市长")]),
    "dg07_gulang.txt": (2022, "发布时间：2022-07-08 16:20", "古浪县黄花滩镇", [
        ("县委常委、副县长马建新到我镇督导移民区产业发展和防汛工作", "7月7日", "2022-07-07", "7月7日，县委常委",
         "town site: a 县委常委、副县长's 督导 of the 移民区; 镇党委书记, 镇长, 镇人大主席; the 镇村干部会议 after it")]),
    "dg08_huludao.txt": (2023, "发布时间：2023-10-12 15:48", "葫芦岛市", [
        ("市人大常委会开展海洋环境保护法执法检查", "10月10日至11日", "2023-10-10", "10月10日至11日，市人大常委会",
         "人大 site: 执法检查 led by the 人大常委会党组书记、主任 in 兴城市 and 绥中县; 秘书长 贾云飞#2; the 汇报会")]),
    "dg09_yichun.txt": (2021, "发布时间：2021-07-09", "伊春市", [
        ("市政协视察林下经济和森林生态旅游发展情况", "7月7日至8日", "2021-07-07", "7月7日至8日，市政协",
         "政协 site: 视察 led by the 政协党组书记、主席; 副主席 高文彬 (黑龙江省政协 in 2024, dg10); 视察座谈会")]),
    "dg10_hainan.txt": (2024, "发布日期：2024-01-18 17:02", "海南省", [
        ("黑龙江省政协调研组来琼调研“候鸟”老人异地养老服务工作", "1月16日至17日", "2024-01-16", "1月16日至17日，黑龙江省",
         "department site (海南省民政厅): a 黑龙江省政协 调研组 with 高文彬 (伊春 in 2021, dg09); the 座谈会 in 海口")]),
}

_FS, _AY, _SM, _NH, _HC, _ND, _LB, _LC, _FQ, _GL, _HLD, _YC = (
    "繁峙县", "安源区", "三明市", "宁化县", "河池市", "南丹县", "荔波县", "临沧市", "凤庆县", "古浪县", "葫芦岛市", "伊春市")
_D08_LIST = "市人大常委会副主任邵庭轩，秘书长贾云飞，市人大常委会环资工委主任周宏图参加检查"
_D09_LIST = "市政协副主席高文彬、于海英，秘书长石立新参加视察"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 山西 繁峙县
    "dg:郝晋峰": ("郝晋峰", "official", _FS, [
        ("dg01", _FS + "委", "副书记", "县委副书记、县长郝晋峰深入砂河镇", "2021-04; named in the headline too"),
        ("dg01", _FS + "政府", "县长", "县委副书记、县长郝晋峰深入砂河镇", None)], []),
    "dg:段鹏程": ("段鹏程", "official", _FS, [
        ("dg01", _FS + "委", "常委", "县委常委、常务副县长段鹏程", None),
        ("dg01", _FS + "政府", "常务副县长", "县委常委、常务副县长段鹏程", None)], []),
    "dg:贾云飞#1": ("贾云飞", "official", _FS, [
        ("dg01", _FS + "政府", "副县长", "副县长贾云飞，县林业局局长武志刚", "繁峙县 (山西); not the 贾云飞 of 葫芦岛 (dg08)")], []),
    "dg:武志刚": ("武志刚", "official", _FS, [
        ("dg01", _FS + "林业局", "局长", "县林业局局长武志刚", None)], []),
    "dg:白建忠": ("白建忠", "official", _FS, [
        ("dg01", _FS + "水利局", "局长", "县水利局局长白建忠", None)], []),
    "dg:任春生": ("任春生", "official", _FS, [
        ("dg01", _FS + "砂河镇党委", "书记", "镇党委书记任春生汇报了", "after 在砂河镇")], []),
    "dg:薛丽娜": ("薛丽娜", "official", _FS, [
        ("dg01", _FS + "大营镇党委", "副书记", "镇党委副书记、镇长薛丽娜", "after 在大营镇"),
        ("dg01", _FS + "大营镇政府", "镇长", "镇党委副书记、镇长薛丽娜", None)], []),
    # ---- 江西 萍乡 安源区
    "dg:黎卫东": ("黎卫东", "official", "萍乡市", [
        ("dg02", _AY + "委", "书记", "区委书记黎卫东深入安源镇", "2022-05 (identity case: 萍乡市委常委、副市长 in 2024, dg03)"),
        ("dg03", "萍乡市委", "常委", "江西省萍乡市委常委、副市长黎卫东率考察团", "2024-06: now 市委常委、副市长; the province prefix dropped"),
        ("dg03", "萍乡市政府", "副市长", "江西省萍乡市委常委、副市长黎卫东率考察团", None)], []),
    "dg:彭晓岚": ("彭晓岚", "official", _AY, [
        ("dg02", _AY + "委", "常委", "区委常委、常务副区长彭晓岚", None),
        ("dg02", _AY + "政府", "常务副区长", "区委常委、常务副区长彭晓岚", None)], []),
    "dg:肖振华": ("肖振华", "official", _AY, [
        ("dg02", _AY + "发改委", "主任", "区发改委主任肖振华陪同调研", "as written")], []),
    "dg:刘云涛": ("刘云涛", "official", _AY, [
        ("dg02", _AY + "安源镇党委", "书记", "镇党委书记刘云涛介绍了", "after 在安源镇")], []),
    "dg:易春华": ("易春华", "official", _AY, [
        ("dg02", _AY + "青山镇政府", "镇长", "听取了镇长易春华关于", "after 在青山镇")], []),
    # ---- 福建 三明 (the 三明日报)
    "dg:廖雅琴": ("廖雅琴", "official", _SM, [
        ("dg03", _SM + "政府", "副市长", "副市长廖雅琴陪同考察", "bare 副市长 in the 三明日报")], []),
    "dg:罗志坚": ("罗志坚", "official", _SM, [
        ("dg03", _SM + "医疗保障局", "局长", "市医疗保障局局长罗志坚", None)], []),
    "dg:严伟东": ("严伟东", "official", _SM, [
        ("dg03", _SM + "委", "书记", "市委书记严伟东到宁化县调研", "named in the headline too")], []),
    "dg:黄诗楠": ("黄诗楠", "official", _SM, [
        ("dg03", _SM + "委", "常委", "市委常委、秘书长黄诗楠参加调研", None),
        ("dg03", _SM + "委", "秘书长", "市委常委、秘书长黄诗楠参加调研", "秘书长 after 市委常委 is the 市委's (part ag)")], []),
    "dg:巫振林": ("巫振林", "official", _NH, [
        ("dg03", _NH + "委", "书记", "宁化县委书记巫振林", None)], []),
    "dg:温立群": ("温立群", "official", _NH, [
        ("dg03", _NH + "委", "副书记", "县委副书记、县长温立群陪同调研", "bare 县委 after 宁化县委书记"),
        ("dg03", _NH + "政府", "县长", "县委副书记、县长温立群陪同调研", None)], []),
    # ---- 广西 河池 南丹县
    "dg:覃立川": ("覃立川", "official", _HC, [
        ("dg04", _HC + "委", "副书记", "市委副书记、市长覃立川到南丹县调研", "bare 市委 in the 河池日报 copy; named in the headline too"),
        ("dg04", _HC + "政府", "市长", "市委副书记、市长覃立川到南丹县调研", None)], []),
    "dg:韦秀芬": ("韦秀芬", "official", _HC, [
        ("dg04", _HC + "政府", "副市长", "副市长韦秀芬，市政府副秘书长黄振邦", None)], []),
    "dg:黄振邦": ("黄振邦", "official", _HC, [
        ("dg04", _HC + "政府", "副秘书长", "市政府副秘书长黄振邦", None)], []),
    "dg:莫家祥": ("莫家祥", "official", _ND, [
        ("dg04", _ND + "委", "书记", "南丹县委书记莫家祥", "2021-09: 何正阳's predecessor as 书记")], []),
    "dg:何正阳": ("何正阳", "official", _ND, [
        ("dg04", _ND + "委", "副书记", "县委副书记、县长何正阳陪同调研", "2021-09: bare 县委 after 南丹县委书记 (identity case: 县委书记 in 2024, dg05)"),
        ("dg04", _ND + "政府", "县长", "县委副书记、县长何正阳陪同调研", None),
        ("dg05", _ND + "委", "书记", "广西南丹县委书记何正阳率南丹县党政代表团", "2024-04: now 县委书记, on the 荔波 (贵州) account")], []),
    # ---- 贵州 荔波县
    "dg:杨通海": ("杨通海", "official", _LB, [
        ("dg05", _LB + "委", "书记", "县委书记杨通海，县委副书记、县长蒙雪琴", "bare 县委 on 荔波's account = 荔波县")], []),
    "dg:蒙雪琴": ("蒙雪琴", "official", _LB, [
        ("dg05", _LB + "委", "副书记", "县委副书记、县长蒙雪琴", None),
        ("dg05", _LB + "政府", "县长", "县委副书记、县长蒙雪琴", None)], []),
    "dg:吴世杰": ("吴世杰", "official", _LB, [
        ("dg05", _LB + "委", "常委", "县委常委、副县长吴世杰陪同考察", None),
        ("dg05", _LB + "政府", "副县长", "县委常委、副县长吴世杰陪同考察", None)], []),
    "dg:罗丽珍": ("罗丽珍", "official", _ND, [
        ("dg05", _ND + "委", "常委", "南丹县委常委、副县长罗丽珍参加考察", "a member of the visiting delegation"),
        ("dg05", _ND + "政府", "副县长", "南丹县委常委、副县长罗丽珍参加考察", None)], []),
    # ---- 云南 临沧 凤庆县
    "dg:李正勋": ("李正勋", "official", _LC, [
        ("dg06", _LC + "委", "副书记", "市委副书记、市长李正勋到凤庆县调研", "named in the headline and in a 相关文章 link (no line)"),
        ("dg06", _LC + "政府", "市长", "市委副书记、市长李正勋到凤庆县调研", None)], []),
    "dg:俸丽萍": ("俸丽萍", "official", _LC, [
        ("dg06", _LC + "政府", "副市长", "副市长俸丽萍，市政府副秘书长杨继武", None)], []),
    "dg:杨继武": ("杨继武", "official", _LC, [
        ("dg06", _LC + "政府", "副秘书长", "市政府副秘书长杨继武", None)], []),
    "dg:罗文川": ("罗文川", "official", _FQ, [
        ("dg06", _FQ + "委", "书记", "凤庆县委书记罗文川", None)], []),
    "dg:查丽华": ("查丽华", "official", _FQ, [
        ("dg06", _FQ + "委", "副书记", "县委副书记、县长查丽华陪同调研", None),
        ("dg06", _FQ + "政府", "县长", "县委副书记、县长查丽华陪同调研", None)], []),
    "dg:字光荣": ("字光荣", "official", _FQ, [
        ("dg06", _FQ + "鲁史镇党委", "书记", "镇党委书记字光荣汇报了", "after 在鲁史镇")], []),
    # ---- 甘肃 武威 古浪县 黄花滩镇 (the town's site)
    "dg:马建新": ("马建新", "official", _GL, [
        ("dg07", _GL + "委", "常委", "7月7日，县委常委、副县长马建新到我镇督导", "bare 县 on the town's site = 古浪县 (part bl); named in the headline too"),
        ("dg07", _GL + "政府", "副县长", "7月7日，县委常委、副县长马建新到我镇督导", None)], []),
    "dg:祁德旺": ("祁德旺", "official", _GL, [
        ("dg07", _GL + "黄花滩镇党委", "书记", "镇党委书记祁德旺，镇党委副书记、镇长蒋玉兰", None)], []),
    "dg:蒋玉兰": ("蒋玉兰", "official", _GL, [
        ("dg07", _GL + "黄花滩镇党委", "副书记", "镇党委副书记、镇长蒋玉兰", None),
        ("dg07", _GL + "黄花滩镇政府", "镇长", "镇党委副书记、镇长蒋玉兰", None)], []),
    "dg:白海军": ("白海军", "official", _GL, [
        ("dg07", _GL + "黄花滩镇人大", "主席", "镇人大主席白海军陪同督导", "镇人大主席 → 镇人大 主席 (part aa)")], []),
    # ---- 辽宁 葫芦岛 (人大 site)
    "dg:孙庆东": ("孙庆东", "official", _HLD, [
        ("dg08", _HLD + "人大常委会党组", "书记", "市人大常委会党组书记、主任孙庆东带领执法检查组", "党组 only with 书记"),
        ("dg08", _HLD + "人大常委会", "主任", "市人大常委会党组书记、主任孙庆东带领执法检查组", None)], []),
    "dg:邵庭轩": ("邵庭轩", "official", _HLD, [
        ("dg08", _HLD + "人大常委会", "副主任", _D08_LIST, None)], []),
    "dg:贾云飞#2": ("贾云飞", "official", _HLD, [
        ("dg08", _HLD + "人大常委会", "秘书长", _D08_LIST, "葫芦岛 (辽宁); not the 贾云飞 of 繁峙县 (dg01); bare 秘书长 after the 副主任 = the 人大常委会's")], []),
    "dg:周宏图": ("周宏图", "official", _HLD, [
        ("dg08", _HLD + "人大常委会环资工委", "主任", _D08_LIST, "a 人大常委会 committee as an org (part ab)")], []),
    "dg:郑立伟": ("郑立伟", "official", _HLD, [
        ("dg08", _HLD + "政府", "副市长", "副市长郑立伟陪同检查", None)], []),
    "dg:于晓光": ("于晓光", "official", "兴城市", [
        ("dg08", "兴城市委", "副书记", "兴城市委副书记、市长于晓光", "兴城市 is a county-level city"),
        ("dg08", "兴城市政府", "市长", "兴城市委副书记、市长于晓光", None)], []),
    "dg:温庆波": ("温庆波", "official", "绥中县", [
        ("dg08", "绥中县委", "副书记", "绥中县委副书记、县长温庆波", None),
        ("dg08", "绥中县政府", "县长", "绥中县委副书记、县长温庆波", None)], []),
    # ---- 黑龙江 伊春 (政协 site)
    "dg:关志刚": ("关志刚", "official", _YC, [
        ("dg09", _YC + "政协党组", "书记", "市政协党组书记、主席关志刚带领视察组", "党组 only with 书记"),
        ("dg09", _YC + "政协", "主席", "市政协党组书记、主席关志刚带领视察组", None)], []),
    "dg:高文彬": ("高文彬", "official", "黑龙江省", [
        ("dg09", _YC + "政协", "副主席", _D09_LIST, "2021-07: list after one title (identity case: 黑龙江省政协 委员会 副主任 in 2024, dg10)"),
        ("dg10", "黑龙江省政协社会和法制委员会", "副主任", "黑龙江省政协社会和法制委员会副主任高文彬参加调研", "2024-01: a 政协 special committee as an org")], []),
    "dg:于海英": ("于海英", "official", _YC, [
        ("dg09", _YC + "政协", "副主席", _D09_LIST, None)], []),
    "dg:石立新": ("石立新", "official", _YC, [
        ("dg09", _YC + "政协", "秘书长", _D09_LIST, "bare 秘书长 after the 政协 副主席 list = the 政协's")], []),
    "dg:崔宏宇": ("崔宏宇", "official", _YC, [
        ("dg09", _YC + "政府", "副市长", "副市长崔宏宇陪同视察", None)], []),
    "dg:齐振国": ("齐振国", "official", "铁力市", [
        ("dg09", "铁力市委", "书记", "铁力市委书记齐振国", "铁力市 is a county-level city of 伊春")], []),
    # ---- 海南 (民政厅 site)
    "dg:韩立臣": ("韩立臣", "official", "黑龙江省", [
        ("dg10", "黑龙江省政协", "副主席", "黑龙江省政协副主席韩立臣率调研组来琼", None)], []),
    "dg:符秋菊": ("符秋菊", "official", "海南省", [
        ("dg10", "海南省民政厅党组", "书记", "省民政厅党组书记、厅长符秋菊", "DECIDED HERE: bare 省民政厅 on the 海南 site = 海南's"),
        ("dg10", "海南省民政厅", "厅长", "省民政厅党组书记、厅长符秋菊", None)], []),
    "dg:王振球": ("王振球", "official", "海南省", [
        ("dg10", "海南省民政厅", "副厅长", "副厅长王振球陪同调研", None)], []),
    "dg:林明娟": ("林明娟", "official", "三亚市", [
        ("dg10", "三亚市民政局", "局长", "三亚市民政局局长林明娟", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dg01", "赵雅楠", "责任编辑", "editor", "责任编辑：赵雅楠"),
    ("dg02", "刘子墨", "记者", "reporter", "记者：刘子墨"),
    ("dg02", "谭雪松", "编辑", "editor", "编辑：谭雪松"),
    ("dg02", "鲁明轩", "审核", "editor", "审核：鲁明轩"),
    ("dg03", "陈婉清", "记者", "reporter", "本报讯（记者 陈婉清）"),
    ("dg03", "林舒涵", "记者", "reporter", "本报讯（记者 林舒涵 通讯员 巫晓东）"),
    ("dg03", "巫晓东", "通讯员", "correspondent", "本报讯（记者 林舒涵 通讯员 巫晓东）"),
    ("dg03", "余梦琪", "责任编辑", "editor", "责任编辑：余梦琪"),
    ("dg04", "覃珊珊", "记者", "reporter", "本报讯（记者 覃珊珊）"),
    ("dg04", "黄子轩", "责任编辑", "editor", "责任编辑：黄子轩"),
    ("dg05", "莫雨桐", "记者", "reporter", "记者：莫雨桐"),
    ("dg05", "陈小雨", "编辑", "editor", "编辑：陈小雨"),
    ("dg05", "姚德明", "审核", "editor", "审核：姚德明"),
    ("dg06", "李艳清", "作者", "author", "作者：李艳清"),
    ("dg07", "王晓霞", "文/图", "author", "（文/图：王晓霞）"),
    ("dg08", "孟雪", "作者", "author", "作者：孟雪"),
    ("dg08", "包晓东", "编辑", "editor", "编辑：包晓东"),
    ("dg09", "许嘉宁", "供稿", "author", "（市政协办公室 许嘉宁）"),
    ("dg10", "高振林", "责任编辑", "editor", "责任编辑：高振林"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("dg01", "砂河镇、大营镇春季造林绿化、滹沱河生态修复和重点项目建设调研", "inspection (调研)", "4月21日", None, "郝晋峰", [],
     ["段鹏程", "贾云飞", "武志刚", "白建忠"], ["任春生", "白建忠", "薛丽娜", "郝晋峰", "段鹏程", "武志刚", "贾云飞"], "砂河镇、大营镇",
     "县委副书记、县长郝晋峰深入砂河镇、大营镇，调研春季造林绿化、滹沱河生态修复和重点项目建设工作",
     ["县长郝晋峰深入砂河镇、大营镇", "县委常委、常务副县长段鹏程", "县水利局局长白建忠陪同调研", "镇党委书记任春生汇报了",
      "白建忠介绍了", "镇长薛丽娜关于", "郝晋峰指出", "段鹏程要求", "武志刚就苗木质量监管作了具体安排", "贾云飞就当前森林草原防灭火工作提出要求"]),
    ("dg02", "重点项目建设和采煤沉陷区综合治理调研", "inspection (调研)", "5月18日", None, "黎卫东", [],
     ["彭晓岚", "肖振华"], ["刘云涛", "易春华", "黎卫东", "彭晓岚", "肖振华"], "安源镇、青山镇和白源街道",
     "区委书记黎卫东深入安源镇、青山镇和白源街道，调研重点项目建设和采煤沉陷区综合治理工作",
     ["区委书记黎卫东深入安源镇", "区委常委、常务副区长彭晓岚", "区发改委主任肖振华陪同调研", "镇党委书记刘云涛介绍了",
      "镇长易春华关于", "黎卫东指出", "彭晓岚就要素保障和安全生产作了安排", "肖振华汇报了"]),
    ("dg03", "萍乡市考察团考察学习医改工作", "inspection (考察)", "6月13日", None, "黎卫东", [],
     ["廖雅琴"], [], "三明市",
     "江西省萍乡市委常委、副市长黎卫东率考察团来我市考察学习深化医药卫生体制改革工作",
     ["副市长黎卫东率考察团来我市", "副市长廖雅琴陪同考察"]),
    ("dg03", "医改考察座谈会", "meeting (座谈会)", "6月13日", None, None, [],
     [], ["罗志坚", "廖雅琴", "黎卫东"], "三明市",
     "在随后召开的座谈会上，市医疗保障局局长罗志坚介绍了三明医改十余年来的主要做法和成效",
     ["罗志坚介绍了", "廖雅琴表示", "黎卫东表示"]),
    ("dg03", "宁化县乡村振兴和文旅产业发展调研", "inspection (调研)", "6月12日至13日", None, "严伟东", [],
     ["黄诗楠", "巫振林", "温立群"], ["巫振林", "温立群", "严伟东"], "宁化县",
     "市委书记严伟东到宁化县调研乡村振兴和文旅产业发展工作",
     ["市委书记严伟东到宁化县调研", "秘书长黄诗楠参加调研", "宁化县委书记巫振林", "县长温立群陪同调研", "巫振林汇报了",
      "温立群介绍了", "严伟东强调"]),
    ("dg04", "南丹县有色金属产业转型升级和重点项目建设调研", "inspection (调研)", "9月13日", None, "覃立川", [],
     ["韦秀芬", "黄振邦", "莫家祥", "何正阳"], ["何正阳", "莫家祥", "覃立川", "韦秀芬"], "南丹县",
     "市委副书记、市长覃立川到南丹县调研有色金属产业转型升级和重点项目建设工作",
     ["市长覃立川到南丹县调研", "副市长韦秀芬，市政府副秘书长黄振邦，南丹县委书记莫家祥", "县长何正阳陪同调研", "何正阳汇报了",
      "莫家祥表示", "覃立川指出", "韦秀芬就做好矿山企业安全监管"]),
    ("dg05", "南丹县党政代表团考察交流", "inspection (考察)", "4月17日至18日", None, "何正阳", [],
     ["杨通海", "蒙雪琴", "吴世杰", "罗丽珍"], ["吴世杰"], "荔波县",
     "广西南丹县委书记何正阳率南丹县党政代表团来我县考察交流文旅融合和民族地区乡村振兴工作",
     ["县委书记何正阳率南丹县党政代表团来我县", "县委书记杨通海", "县长蒙雪琴", "县委常委、副县长吴世杰陪同考察",
      "副县长罗丽珍参加考察", "吴世杰介绍了"]),
    ("dg05", "荔波县与南丹县考察交流座谈会", "meeting (座谈会)", "4月17日至18日", "蒙雪琴", None, [],
     [], ["杨通海", "何正阳", "罗丽珍"], "荔波县",
     "在随后召开的座谈会上，蒙雪琴主持座谈会",
     ["蒙雪琴主持座谈会", "杨通海介绍了", "何正阳表示", "罗丽珍介绍了"]),
    ("dg06", "凤庆县茶产业发展、澜沧江沿岸生态保护和重点项目建设调研", "inspection (调研)", "8月15日", None, "李正勋", [],
     ["俸丽萍", "杨继武", "罗文川", "查丽华"], ["字光荣", "查丽华", "李正勋", "罗文川", "俸丽萍"], "凤庆县",
     "市委副书记、市长李正勋到凤庆县调研茶产业发展、澜沧江沿岸生态保护和重点项目建设工作",
     ["市长李正勋到凤庆县调研", "凤庆县委书记罗文川", "县长查丽华陪同调研", "镇党委书记字光荣汇报了", "查丽华汇报了",
      "李正勋指出", "罗文川表示", "俸丽萍就茶叶质量安全监管"]),
    ("dg07", "生态移民区产业发展和防汛备汛督导", "inspection (督导)", "7月7日", None, "马建新", [],
     ["祁德旺", "蒋玉兰", "白海军"], ["祁德旺", "蒋玉兰", "马建新"], "黄花滩镇",
     "7月7日，县委常委、副县长马建新到我镇督导生态移民区产业发展和防汛备汛工作",
     ["副县长马建新到我镇督导", "镇党委书记祁德旺", "镇长蒋玉兰", "镇人大主席白海军陪同督导", "祁德旺汇报了", "蒋玉兰介绍了",
      "马建新强调"]),
    ("dg07", "镇村干部会议", "meeting (镇村干部会议)", "7月7日", "祁德旺", None, [],
     [], ["白海军"], "黄花滩镇",
     "督导结束后，祁德旺主持召开镇村干部会议",
     ["祁德旺主持召开镇村干部会议", "白海军就组织镇人大代表开展防汛安全视察作了安排"]),
    ("dg08", "《中华人民共和国海洋环境保护法》贯彻实施情况执法检查", "inspection (执法检查)", "10月10日至11日", None, "孙庆东",
     ["葫芦岛市人大常委会"], ["邵庭轩", "贾云飞", "周宏图", "郑立伟"], ["于晓光", "温庆波"], "兴城市、绥中县",
     "市人大常委会党组书记、主任孙庆东带领执法检查组，深入兴城市、绥中县开展《中华人民共和国海洋环境保护法》贯彻实施情况执法检查",
     ["主任孙庆东带领执法检查组", _D08_LIST, "副市长郑立伟陪同检查", "市长于晓光", "县长温庆波分别汇报了"]),
    ("dg08", "执法检查汇报会", "meeting (汇报会)", "11日下午", "邵庭轩", None, [],
     [], ["郑立伟", "孙庆东"], None,
     "11日下午，检查组召开汇报会，邵庭轩主持会议",
     ["邵庭轩主持会议", "郑立伟代表市政府汇报了", "孙庆东指出"]),
    ("dg09", "林下经济和森林生态旅游发展情况视察", "inspection (视察)", "7月7日至8日", None, "关志刚", ["伊春市政协"],
     ["高文彬", "于海英", "石立新", "崔宏宇"], ["齐振国"], "铁力市、金林区",
     "市政协党组书记、主席关志刚带领视察组，深入铁力市、金林区视察林下经济和森林生态旅游发展情况",
     ["主席关志刚带领视察组", _D09_LIST, "副市长崔宏宇陪同视察", "铁力市委书记齐振国介绍了"]),
    ("dg09", "视察座谈会", "meeting (座谈会)", "8日下午", "高文彬", None, ["伊春市政协"],
     [], ["崔宏宇", "关志刚"], None,
     "8日下午，市政协召开视察座谈会，高文彬主持会议",
     ["高文彬主持会议", "崔宏宇通报了", "关志刚指出"]),
    ("dg10", "“候鸟”老人异地养老服务保障工作调研", "inspection (调研)", "1月16日至17日", None, "韩立臣", [],
     ["高文彬", "符秋菊", "王振球"], ["林明娟"], "三亚市、海口市",
     "黑龙江省政协副主席韩立臣率调研组来琼，就“候鸟”老人异地养老服务保障工作开展调研",
     ["副主席韩立臣率调研组来琼", "副主任高文彬参加调研", "厅长符秋菊，副厅长王振球陪同调研", "林明娟介绍了"]),
    ("dg10", "“候鸟”老人异地养老服务座谈会", "meeting (座谈会)", "17日上午", None, None, [],
     [], ["符秋菊", "王振球", "高文彬", "韩立臣"], "海口",
     "17日上午，调研组在海口召开座谈会",
     ["符秋菊介绍了", "王振球就省际养老服务补贴互认", "高文彬介绍了", "韩立臣表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dg01", "滹沱河繁峙段生态修复工程", "greening_project", "来到滹沱河繁峙段生态修复工程施工现场"),
    ("dg01", "砂河镇光伏农业产业园", "industrial_park", "郝晋峰来到砂河镇光伏农业产业园"),
    ("dg01", "大营镇黄芪种植示范基地", "project", "察看了大营镇黄芪种植示范基地"),
    ("dg01", "繁峙至五台山旅游公路大营段改造工程", "infrastructure_project", "繁峙至五台山旅游公路大营段改造工程"),
    ("dg02", "安源镇采煤沉陷区生态修复工程", "greening_project", "来到安源镇采煤沉陷区生态修复工程现场"),
    ("dg02", "青山镇新型建材产业园二期", "industrial_park", "走进青山镇新型建材产业园二期"),
    ("dg02", "白源街道棚户区改造安置小区二期", "housing_project", "白源街道棚户区改造安置小区二期建设进度"),
    ("dg03", "宁化石壁客家祖地文旅综合体", "project", "察看了宁化石壁客家祖地文旅综合体"),
    ("dg03", "宁化县锂电新能源产业园二期", "industrial_park", "宁化县锂电新能源产业园二期和翠江河道综合治理工程"),
    ("dg03", "翠江河道综合治理工程", "engineering_work", "宁化县锂电新能源产业园二期和翠江河道综合治理工程"),
    ("dg04", "大厂镇锡多金属尾矿综合利用项目", "project", "先后来到大厂镇锡多金属尾矿综合利用项目"),
    ("dg04", "车河镇有色金属新材料产业园二期", "industrial_park", "车河镇有色金属新材料产业园二期和南丹县城至车河一级公路改扩建工程现场"),
    ("dg04", "南丹县城至车河一级公路改扩建工程", "infrastructure_project", "车河镇有色金属新材料产业园二期和南丹县城至车河一级公路改扩建工程现场"),
    ("dg05", "荔波古城文旅综合体", "project", "荔波古城文旅综合体和瑶山瑶族乡拉片村"),
    ("dg05", "黔桂瑶族文化旅游走廊", "program", "共同打造黔桂瑶族文化旅游走廊"),
    ("dg05", "樟江流域生态保护修复工程", "greening_project", "推动樟江流域生态保护修复工程和南丹至荔波旅游公路"),
    ("dg05", "南丹至荔波旅游公路", "infrastructure_project", "推动樟江流域生态保护修复工程和南丹至荔波旅游公路"),
    ("dg06", "凤庆县滇红茶精制加工园二期", "industrial_park", "来到凤庆县滇红茶精制加工园二期建设现场"),
    ("dg06", "鲁史古镇保护提升工程", "project", "实地察看了鲁史古镇保护提升工程"),
    ("dg06", "澜沧江小湾库区沿岸生态修复工程", "greening_project", "察看了澜沧江小湾库区沿岸生态修复工程"),
    ("dg07", "黄花滩镇戈壁生态农业产业园", "industrial_park", "富民新村、黄花滩镇戈壁生态农业产业园和黄花滩镇防洪渠道整治工程现场"),
    ("dg07", "黄花滩镇防洪渠道整治工程", "engineering_work", "富民新村、黄花滩镇戈壁生态农业产业园和黄花滩镇防洪渠道整治工程现场"),
    ("dg07", "富民新村日光温室提质改造项目", "project", "汇报了富民新村日光温室提质改造项目进展"),
    ("dg08", "兴城滨海岸线生态修复工程", "greening_project", "检查组先后来到兴城滨海岸线生态修复工程"),
    ("dg08", "觉华岛海岸带整治", "greening_project", "觉华岛海岸带整治现场"),
    ("dg08", "绥中县城市污水处理厂提标改造工程", "infrastructure_project", "绥中县城市污水处理厂提标改造工程"),
    ("dg09", "铁力市蓝莓产业园", "industrial_park", "视察组先后来到铁力市蓝莓产业园"),
    ("dg09", "日月峡国家森林公园提升改造工程", "project", "日月峡国家森林公园提升改造工程"),
    ("dg09", "金林区红松籽精深加工产业园", "industrial_park", "金林区红松籽精深加工产业园"),
    ("dg10", "三亚市养老服务综合体建设项目", "project", "三亚市养老服务综合体建设项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dg01", "砂河镇", "town", "standalone", "深入砂河镇、大营镇，调研"),
    ("dg01", "大营镇", "town", "standalone", "深入砂河镇、大营镇，调研"),
    ("dg01", "滹沱河", "river", "standalone", "调研春季造林绿化、滹沱河生态修复"),
    ("dg01", "繁峙", "county", "in_project_name", "来到滹沱河繁峙段生态修复工程施工现场"),
    ("dg01", "五台山", "mountain", "in_project_name", "繁峙至五台山旅游公路大营段改造工程"),
    ("dg01", "大营", "town", "in_project_name", "繁峙至五台山旅游公路大营段改造工程"),
    ("dg01", "繁峙县", "county", "standalone", "今年繁峙县承担营造林任务"),
    ("dg02", "安源镇", "town", "standalone", "深入安源镇、青山镇和白源街道"),
    ("dg02", "青山镇", "town", "standalone", "深入安源镇、青山镇和白源街道"),
    ("dg02", "白源街道", "sub_district_office", "standalone", "深入安源镇、青山镇和白源街道"),
    ("dg02", "安源", "district", "standalone", "是安源转型发展必须啃下的"),
    ("dg02", "萍乡市", "city", "standalone", "围绕萍乡市建设国家产业转型升级示范区"),
    ("dg03", "江西省", "province", "in_title", "江西省萍乡市委常委、副市长黎卫东"),
    ("dg03", "萍乡市", "city", "in_title", "江西省萍乡市委常委、副市长黎卫东"),
    ("dg03", "沙县区", "district", "standalone", "先后来到沙县区总医院"),
    ("dg03", "三明市", "city", "standalone", "三明市第一医院生态新城院区"),
    ("dg03", "生态新城", "area", "standalone", "三明市第一医院生态新城院区"),
    ("dg03", "三明", "city", "standalone", "推动萍乡、三明两地在医疗卫生领域"),
    ("dg03", "萍乡", "city", "standalone", "推动萍乡、三明两地在医疗卫生领域"),
    ("dg03", "宁化县", "county", "standalone", "严伟东在宁化县调研时强调"),
    ("dg03", "石壁镇", "town", "standalone", "先后来到石壁镇、翠江镇"),
    ("dg03", "翠江镇", "town", "standalone", "先后来到石壁镇、翠江镇"),
    ("dg03", "宁化", "county", "standalone", "宁化要用好客家祖地"),
    ("dg03", "石壁", "town", "in_project_name", "察看了宁化石壁客家祖地文旅综合体"),
    ("dg03", "翠江", "river", "in_project_name", "要抓好翠江河道综合治理"),
    ("dg04", "南丹县", "county", "standalone", "到南丹县调研有色金属产业"),
    ("dg04", "大厂镇", "town", "in_project_name", "先后来到大厂镇锡多金属尾矿综合利用项目"),
    ("dg04", "车河镇", "town", "standalone", "在车河镇，何正阳汇报了"),
    ("dg04", "车河", "town", "in_project_name", "南丹县城至车河一级公路改扩建工程"),
    ("dg04", "南丹", "county", "standalone", "有色金属是南丹的立县之本"),
    ("dg04", "河池", "city", "standalone", "也是河池工业的重要支柱"),
    ("dg04", "刁江", "river", "standalone", "刁江流域重金属污染治理"),
    ("dg05", "广西", "province", "in_title", "广西南丹县委书记何正阳"),
    ("dg05", "南丹县", "county", "standalone", "率南丹县党政代表团来我县"),
    ("dg05", "小七孔景区", "scenic_area", "standalone", "先后来到小七孔景区"),
    ("dg05", "荔波古城", "ancient_town", "in_project_name", "荔波古城文旅综合体和瑶山瑶族乡拉片村"),
    ("dg05", "瑶山瑶族乡", "township", "standalone", "荔波古城文旅综合体和瑶山瑶族乡拉片村"),
    ("dg05", "拉片村", "village", "standalone", "在拉片村，吴世杰介绍了"),
    ("dg05", "荔波县", "county", "standalone", "杨通海介绍了荔波县近年来"),
    ("dg05", "荔波", "county", "standalone", "荔波与南丹山水相连"),
    ("dg05", "南丹", "county", "standalone", "荔波与南丹山水相连"),
    ("dg05", "黔桂", "region", "in_project_name", "共同打造黔桂瑶族文化旅游走廊"),
    ("dg05", "樟江", "river", "in_project_name", "推动樟江流域生态保护修复工程"),
    ("dg05", "里湖瑶族乡", "township", "standalone", "里湖瑶族乡旅游开发情况"),
    ("dg06", "凤庆县", "county", "standalone", "到凤庆县调研茶产业发展"),
    ("dg06", "澜沧江", "river", "standalone", "澜沧江沿岸生态保护和重点项目建设工作"),
    ("dg06", "凤山镇", "town", "standalone", "在凤山镇，李正勋来到"),
    ("dg06", "鲁史镇", "town", "standalone", "在鲁史镇，李正勋实地察看了"),
    ("dg06", "鲁史古镇", "ancient_town", "in_project_name", "实地察看了鲁史古镇保护提升工程"),
    ("dg06", "茶马古道", "heritage_site", "standalone", "古镇茶马古道遗存保护"),
    ("dg06", "小湾镇", "town", "standalone", "在小湾镇，李正勋察看了"),
    ("dg06", "小湾库区", "reservoir", "in_project_name", "察看了澜沧江小湾库区沿岸生态修复工程"),
    ("dg06", "临沧", "city", "standalone", "茶产业是临沧最具特色的优势产业"),
    ("dg06", "凤庆", "county", "standalone", "凤庆是“滇红之乡”"),
    ("dg07", "富民新村", "village", "standalone", "先后深入富民新村、黄花滩镇戈壁生态农业产业园"),
    ("dg07", "黄花滩镇", "town", "in_project_name", "先后深入富民新村、黄花滩镇戈壁生态农业产业园"),
    ("dg07", "黄花滩", "area", "standalone", "黄花滩生态移民区是全县脱贫攻坚成果巩固的主战场"),
    ("dg08", "兴城市", "county_level_city", "standalone", "深入兴城市、绥中县开展"),
    ("dg08", "绥中县", "county", "standalone", "深入兴城市、绥中县开展"),
    ("dg08", "兴城", "county_level_city", "in_project_name", "检查组先后来到兴城滨海岸线生态修复工程"),
    ("dg08", "觉华岛", "island", "standalone", "觉华岛海岸带整治现场"),
    ("dg08", "六股河", "river", "standalone", "六股河入海口湿地"),
    ("dg08", "葫芦岛", "city", "standalone", "葫芦岛拥有261公里海岸线"),
    ("dg08", "渤海", "sea", "standalone", "保护好渤海海洋生态环境"),
    ("dg09", "铁力市", "county_level_city", "standalone", "深入铁力市、金林区视察"),
    ("dg09", "金林区", "district", "standalone", "深入铁力市、金林区视察"),
    ("dg09", "日月峡国家森林公园", "park", "in_project_name", "日月峡国家森林公园提升改造工程"),
    ("dg09", "日月峡", "scenic_area", "standalone", "要把日月峡、汤旺河等景区串点成线"),
    ("dg09", "汤旺河", "scenic_area", "standalone", "要把日月峡、汤旺河等景区串点成线"),
    ("dg09", "小兴安岭", "mountain", "standalone", "依托小兴安岭森林资源"),
    ("dg09", "伊春", "city", "standalone", "伊春是“中国林都”"),
    ("dg10", "黑龙江省", "province", "standalone", "高文彬介绍了黑龙江省在琼"),
    ("dg10", "三亚", "city", "standalone", "在三亚，调研组先后来到"),
    ("dg10", "吉阳区", "district", "standalone", "先后来到吉阳区候鸟老人服务中心"),
    ("dg10", "三亚市", "city", "in_project_name", "三亚市养老服务综合体建设项目"),
    ("dg10", "天涯区", "district", "standalone", "天涯区一家社区嵌入式养老服务站"),
    ("dg10", "海口", "city", "standalone", "调研组在海口召开座谈会"),
    ("dg10", "海南省", "province", "standalone", "介绍了海南省“候鸟”老人养老服务体系"),
    ("dg10", "黑龙江", "province", "standalone", "每年冬季有大批黑龙江老人到海南过冬"),
    ("dg10", "海南", "province", "standalone", "每年冬季有大批黑龙江老人到海南过冬"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dg", conventions="set dg (blind set, held-out-like mix, second round: ten pages from ten provinces, each a different layout: 山西 繁峙县 county site, 江西 安源区 融媒体 page, 福建 三明日报 digital edition with two articles, 广西 portal copy of the 河池日报 on 南丹县, 贵州 荔波 WeChat post, 云南 临沧 领导活动 column, 甘肃 古浪县黄花滩镇 town site, 辽宁 葫芦岛 人大 site, 黑龙江 伊春 政协 site, 海南省民政厅 department site; bare organs take the page's place (a town site's bare 县 = its county, the 海南 site's bare 省民政厅 = 海南's); 党组 only with 书记; a bare 秘书长 after a 人大 / 政协 list is that body's; 人大 and 政协 committees are orgs of their own; a visiting delegation's 考察 is an inspection led by its head, the 座谈会 / 汇报会 after an inspection a meeting of its own; link lists give nothing; one line per post per article)",
          persons_note="Set dg persons. id = corpus-wide person_id (dg:贾云飞#1 of 繁峙县 (山西) and dg:贾云飞#2 of 葫芦岛 (辽宁) are two people; dg:黎卫东 moves 安源区委书记 2022 → 萍乡市委常委、副市长 2024 (seen in 三明); dg:何正阳 南丹县长 2021 → 南丹县委书记 2024 (seen in 荔波); dg:高文彬 伊春市政协副主席 2021 → 黑龙江省政协社会和法制委员会副主任 2024 (seen in 海南))")


if __name__ == "__main__":
    main()
