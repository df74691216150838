"""Write gold part ``fe`` (a blind set: 人大 and 政协 pages of counties, a 旗 and a county-level city: 人代会 and 政协
全体会议 elections, 人大常委会 会议 with 决定任命, 执法检查, 政协 视察, 专题协商会 and 常委会议, 人大代表联络站 activities)
from the tables below.

Pages ``tests/dev/texts/fe*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 红网 嘉禾 report of a 县人代会 全体会议 (``以190票的高票当选为县十六届
人大常委会主任…当选副县长…检察长，须报市人大常委会批准``); the 玉屏 and 太和 县政协 闭幕 pages (``大会选举…为政协第十届…委员会
主席，…为…副主席，…为…秘书长``, ``本次大会的执行主席是``, ``姚金水主持闭幕会``); the 乌拉特中旗 政协 开幕 page (``旗委副书记、
政府旗长…，旗人大常委会主任…、政协主席…等处级以上领导出席会议``, ``本次大会的执行主席是``); the 伊金霍洛 融媒 page of a 旗政协
委员集体视察 (``旗领导…，旗政协在家党组成员、秘书长参加视察活动``, ``丨责编:…丨校对:…丨审核:…``); the 宜良 and 沧源 县政协
开幕 pages (``县政协党组书记、主席…代表…常务委员会作工作报告``, ``会议由县政协党组副书记、副主席…主持``, ``来源:沧源融媒
作者:… 时间:… 点击:[]``); the 大姚 政协 《政府工作报告》协商会 (``县政协主席…主持会议``); the 孝昌 主席(扩大)会议 and the 通山
常委会 pages (``县政协主席…，副主席…、…，县政协党组成员、秘书长…出席会议``, ``(编辑:… 编审:…)``); the 柳江 县政协 page
(``当前位置:动态信息``, ``上一篇: … || 下一篇:``); 人大常委会 会议 pages of 镇坪 (``作者: 来源: 发布时间:``; ``县人大常委会法工委
主任…代表县人大常委会检查组报告``), 永丰 (``决定任命…为永丰县监察委员会委员…颁发了任命书，并组织了向宪法宣誓仪式``), 射阳
(``决定任命…为射阳县人民政府副县长``) and 凤台 (``县人大常委会党组书记、主任…主持会议…列席会议``); a 荆州 page of a 市人大常委会
党组书记、主任 调研 a 代表联络站 (``实地调研城南街道四机代表联络站…走访看望联系的市人大代表``); the 咸安 代表视察回访 page; the
荆州日报 第A005版 (``本报讯(通讯员闵庆)``, 四级人大代表); the 平舆 李屯镇 and 浚县 屯子镇 联络站 概况 pages (``选民接待日``);
the 大布镇 进站履职 page. Places are real: 浙江 温州 文成县 (three pages: the county site, the 温州日报, the 文成新闻网 portal),
内蒙古 鄂尔多斯 伊金霍洛旗 (two: the 旗 site, the 鄂尔多斯日报), 云南 楚雄 大姚县 (two: the 县人大常委会 site, the 楚雄日报),
湖北 黄冈 武穴市 (two: the 武穴人大网, the 黄冈日报), 辽宁 抚顺 新宾满族自治县 (the 县政协 site).

Shapes: a county site's 人代会 一次会议 闭幕 with the whole election (人大常委会主任 and three 副主任, the 县委副书记、代县长
elected 县长, five 副县长, 监委主任, 法院院长, 检察长 ``须报经…批准``) and a 宪法宣誓 chaired by a 副主任 (fe01); a city paper's
第05版 of the county 政协's ``请你来协商`` 专题协商会 (县政协党组书记、主席 主持; the 县长; a bare 市政协副主席 = 温州's; 副主席
list and 秘书长; a town secretary reports; the 会前 察看 part of it) (fe02); a portal page of the 县委书记 (the 县长 of fe01) as
县人大代表 at a 镇 人大代表联络站 with the 人大常委会主任 / 副主任, the town's 党委书记 and 镇人大主席 (fe03); a 旗 site's 旗政协
委员视察 led by the 政协主席 with the 旗委常委、常务副旗长 and a 座谈会 (fe04); a city paper's 第03版 of the 旗政协 一次会议
闭幕 electing that 常务副旗长 主席 (执行主席 就座, the 旗委书记, 旗长 and 旗人大常委会主任 on the rostrum) (fe05); a 县人大常委会
site's 森林法 执法检查 led by a 副主任, a 常委会 工作委员会 主任, the 副县长, a 乡党委书记, the 主任 at the 座谈会 (fe06); a city
paper's 第02版 of the 县人大常委会 会议 two years later (the 副主任 now 党组书记、主任; the 工作委员会主任 now 副主任; the 副县长
now 县委常委、常务副县长; 决定任命 the former 乡党委书记 副县长 and a 局长; 宪法宣誓) (fe07); a 县级市 人大 site's 联络站 page of
the 市委书记 as 省人大代表 接待选民 with the 市人大常委会党组书记、主任, a 副主任 who also signs the page (审核), the town's
党委书记 and 镇人大主席 (fe08); a city paper's 第A02版 of the 市人大常委会 执法检查 in the 县级市, led by the former 武穴市委书记
now 市人大常委会副主任, with the 武穴市 市长 and 人大常委会主任 written in full and a 市人大 专门委员会 主任委员 (fe09); a 县政协
site's 常委会议 with 专题协商 (党组书记、主席 主持, 党组副书记、副主席, three 副主席, 秘书长, a 副县长 通报, a town secretary) (fe10).

Identity cases:
- fe:季鸿远, a 代县长 elected 县长 who becomes 县委书记 (文成县): 县委副书记、代县长 elected 县长 in Dec 2021 (fe01); 县委
  副书记、县长 at the 政协 协商会 of May 2023 (fe02); 县委书记 in March 2024 (fe03).
- fe:贺文韬, a 常务副旗长 who becomes 旗政协主席 (伊金霍洛旗): 旗委常委、常务副旗长 in Sept 2021 (fe04); elected 旗政协主席
  in Jan 2022 (fe05).
- fe:罗正坤, a 人大 副主任 who becomes 主任 (大姚县): 县人大常委会副主任 leading the 执法检查 of June 2021 (fe06); 县人大常委会
  党组书记、主任 in Aug 2023 (fe07). On the same pages fe:者兴华 (县人大常委会农业农村工作委员会主任 → 县人大常委会副主任),
  fe:施雪梅 (副县长 → 县委常委、常务副县长) and fe:杞文斌 (昙华乡党委书记 → 副县长 by 决定任命) move too.
- fe:龚振林 moves from a 县级市 to its prefecture: 武穴市委书记 in May 2022 (fe08); 黄冈市人大常委会副主任 in June 2024 (fe09).
  fe:詹爱民 is 武穴市人大常委会主任 on both pages.
- the same officials on two or three pages: fe:潘立诚 (文成县人大常委会主任, fe01, fe03), fe:程志坚 (副主任, fe01, fe03),
  fe:钟雨岚 (文成 副县长, fe01, fe02), fe:乌日汗高娃, fe:邬建军 (伊金霍洛旗政协副主席, fe04, fe05) and fe:乔慧敏 (秘书长, fe04,
  fe05); the writer fe:饶思雨 (作者 on the 武穴人大网, fe08; 通讯员 in the 黄冈日报, fe09).
- two different 赵立新 in unrelated places: fe:赵立新#1 is 新宾满族自治县政协副主席 (辽宁, fe10, 2023); fe:赵立新#2 is elected
  文成县 副县长 (浙江, fe01, 2021).
- one organ name of different places: ``市人大常委会`` is 武穴市's on the 武穴人大网 (fe08) and 黄冈市's in the 黄冈日报 (fe09,
  where 武穴's is written ``武穴市人大常委会``); ``县人大常委会`` is 文成's (fe01, fe03) and 大姚's (fe06, fe07); ``县政协`` is
  文成's (fe02) and 新宾's (fe10); ``市政协`` in the 温州日报 is 温州's (fe02); ``镇人大主席`` is 大峃镇's (fe03) and 梅川镇's (fe08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ab, da, bl, ak, cc where they speak; decided here where they are silent):
- Elections are holdings (parts ab, n, u): ``潘立诚当选为文成县第十七届人民代表大会常务委员会主任`` → 文成县人大常委会 主任 (the 届
  dropped); a list before ``当选为…副主任 / 副县长 / 副主席`` gives every name that post; ``当选为文成县监察委员会主任`` →
  文成县监委 主任; the court and the procuratorate as written after the place (文成县人民法院 院长, 文成县人民检察院 检察长, a
  holding although ``须报经…批准``, part ab); ``县委副书记、代县长季鸿远当选为文成县人民政府县长`` → 文成县委 副书记, 文成县政府
  代县长 and 文成县政府 县长, all with that evidence (parts n, ab). ``21名代表当选为常务委员会委员`` and ``31名委员当选为常务委员``
  name nobody. DECIDED HERE: ``贺文韬当选为政协伊金霍洛旗第十一届委员会主席`` → 伊金霍洛旗政协 主席 (政协X第N届委员会 folded
  to X政协, as ab folds 人民代表大会常务委员会 to 人大常委会); ``当选为副主席 / 秘书长`` after it → 伊金霍洛旗政协.
- 人大常委会 任免 (parts ab, bw): ``决定任命杞文斌为大姚县人民政府副县长`` → 大姚县政府 副县长; ``决定任命孔德亮为大姚县自然资源局
  局长`` → 大姚县自然资源局 局长. A repeated post (the 宪法宣誓 chaired by 副主任叶碧霞, ``新当选的旗政协主席贺文韬``, the
  headline ``贺文韬当选旗政协主席``) gives no second line.
- 党组 (parts g, z, ab, da): ``县政协党组书记、主席`` → X县政协党组 书记 + X县政协 主席; ``县人大常委会党组书记、主任`` /
  ``市人大常委会党组书记、主任`` → X人大常委会党组 书记 + X人大常委会 主任; ``县政协党组副书记、副主席佟景山`` → 新宾满族自治县
  政协党组 副书记 + 新宾满族自治县政协 副主席 (副书记 of a 党组 as the 省人大常委会党组副书记 of an earlier part).
- A bare 秘书长 after a 政协 副主席 list is the 政协's (parts p, ab, da).
- A 人大常委会 工作委员会 is an org of its own with its place (part ab): ``县人大常委会农业农村工作委员会主任者兴华`` → 大姚县
  人大常委会农业农村工作委员会 主任. DECIDED HERE: a 专门委员会 of the 人民代表大会 itself, written ``市人大农业与农村委员会主任委员
  游志强`` in the 黄冈日报, → org 黄冈市人大农业与农村委员会, title 主任委员 as written (人大 kept as written: the committee belongs
  to the 人代会, not to its 常委会).
- Town organs (parts n, ab, bl): county label + town + 党委 / 人大: ``南田镇党委书记`` → 文成县南田镇党委 书记; ``镇人大主席胡雅萍``
  after ``大峃镇党委书记`` → 文成县大峃镇人大 主席; ``乡党委书记杞文斌`` after ``在昙华乡`` → 大姚县昙华乡党委 书记; the 旗's
  towns ``伊金霍洛旗乌兰木伦镇党委``; the 县级市's ``武穴市梅川镇党委`` / ``武穴市梅川镇人大`` / ``武穴市花桥镇党委``.
- 旗 labels (parts ak, cc): bare 旗委 / 政府旗长 / 常务副旗长 / 旗人大常委会 / 旗政协 on the 伊金霍洛旗 site and in the 鄂尔多斯日报's
  report naming 伊金霍洛旗 → 伊金霍洛旗委, 伊金霍洛旗政府, 伊金霍洛旗人大常委会, 伊金霍洛旗政协; ``旗发展和改革委员会主任`` →
  伊金霍洛旗发展和改革委员会 主任 (a department as written after the place). An autonomous county takes its full name
  (``新宾满族自治县政协``, as part bl's 景宁畲族自治县).
- Bare organs take the page's place or its parent of the right level: 县 organs on the 文成 and 大姚 sites and in reports naming
  the county are that county's; bare ``市政协副主席`` in the 温州日报 = 温州市政协; bare ``市委书记`` / ``市人大常委会`` on the
  武穴人大网 = 武穴市 (the 县级市); bare ``市人大常委会副主任`` / ``市人大…委员会`` in the 黄冈日报 = 黄冈市.
- Not posts: 大会主席团常务主席, 大会执行主席 (session roles; 包卓然's 县委书记 comes from the same chain), ``县人大代表`` /
  ``省人大代表`` (``以县人大代表身份``), 政协委员, 常委 of a 政协 named as a group, 协商组, ``县政协协商组`` and the committee
  that 赵立新#1 reports for (``代表县政协文化文史和学习委员会作了专题调研报告`` gives no post: his role in it is not written).
- DECIDED HERE (as part da): a person who holds a post and signs the page (fe:梅晓峰, 武穴市人大常委会副主任 and the page's
  审核) keeps one person id with both roles.
- Events: the 人代会 闭幕会 and the 政协 闭幕大会 are ``session`` (chair 主持; the elected are no attendees; 主席台 就座 and the
  宪法宣誓's chair are attendees; 讲话 / 表态发言 speakers), the 人大常委会 会议 a ``session`` (chair; 出席 / 列席 attendees, those
  sworn in attendees; 作了报告 / 表态发言 / 强调 speakers) (part ab); the 专题协商会 and the 政协常委会议 are ``meeting``s (chair;
  出席 attendees; 通报 / 汇报 / 作调研报告 / 指出 / 要求 speakers; the 会前 察看 is part of it, its 介绍 a speaker's, parts ab,
  da); the 政协 视察 and the 人大 执法检查 are ``inspection``s (leader 带领; 参加 / 陪同 / 出席座谈会 attendees; 介绍 / 通报 /
  说明 / 汇报 / 补充发言 / 指出 / 强调 / 表示 speakers; the 座谈会 part of it, parts ab, da). DECIDED HERE: a leader's visit to
  a 人大代表联络站 to 接待选民 as a 代表 (fe03, fe08) is an ``activity (代表进站接待选民)``: its leader is the leader who
  接待s, those who 参加活动 / 参加接待 are attendees, those who 介绍 / 汇报 / 强调 / 表示 are speakers; the 选民 name nobody.
- Projects: works named as under way or to be pushed: …生态修复工程 ``greening_project``; …综合治理…工程, …水源保护提升工程,
  …灌区续建配套与节水改造工程 ``engineering_work``; 供热管网 / 供水一体化 / 森林防火通道 works ``infrastructure_project``;
  老旧小区改造项目 ``housing_project``; …产业园…二期, 标准化厂房二期 and a named 产业园 ``industrial_park``; a 环境整治提升工程,
  a 游客集散中心建设项目, a 示范基地, a 高标准农田建设示范区, a 景区提升改造工程 and a 民俗村改造项目 ``project``. The generic
  repeats (``零碳产业园``, ``中药材产业园``), ``刘基故里文化旅游区创建``, ``石羊古镇保护利用``, ``乡村振兴`` are no projects.
- Places: one line per name per file, as written, with a standalone evidence where the page has one; places inside organ
  references and project names count; slogans give the place (``“山水文成”`` → 文成, ``“活力伊旗、美丽伊旗”`` → 伊旗, as ab's
  五彩尤溪). DECIDED HERE: ``刘基故里`` (a named scenic area, the 刘基 hometown in 南田镇) is a place, kind ``scenic_area``;
  ``清永陵`` and ``赫图阿拉城`` ``heritage_site``; ``石羊古镇`` ``heritage_site``. ``中华人民共和国`` opening a law's title is not
  annotated (part da). Site lines, mastheads, nav bars (``走进伊旗``), 来源 lines, footers (``地址：文成县大峃镇建设路``),
  相关阅读 / 上一篇 / 下一篇 links and venues (县行政中心大会堂, 旗会展中心) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

WC, YJ, DY, WX, XB = "文成县", "伊金霍洛旗", "大姚县", "武穴市", "新宾满族自治县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fe01_wencheng.txt": (2021, "发布时间：2021-12-24 17:42", WC, [
        ("文成县第十七届人民代表大会第一次会议胜利闭幕", "12月23日下午", "2021-12-23", "12月23日下午，文成县",
         "county site: 人代会 一次会议 闭幕 with the whole election (人大常委会主任 / 副主任, 代县长 elected 县长, 副县长, 监委, 法院, 检察院); 宪法宣誓")]),
    "fe02_wencheng.txt": (2023, "2023年05月18日　星期四", WC, [
        ("文成县政协“请你来协商”聚焦乡村旅游提质", "5月17日下午", "2023-05-17", "本报讯（记者 章亦凡",
         "city paper 第05版: 县政协 专题协商会 (党组书记、主席 主持; 县长; 温州 市政协副主席; 副主席 list, 秘书长; a town secretary)")]),
    "fe03_wencheng.txt": (2024, "2024-03-20 09:16:08", WC, [
        ("季鸿远到大峃镇人大代表联络站接待选民", "3月19日上午", "2024-03-19", "3月19日上午，县委书记",
         "portal page: the 县委书记 (the former 县长) as 县人大代表 at a 镇 人大代表联络站; 人大常委会主任 / 副主任, 镇党委书记, 镇人大主席")]),
    "fe04_yijinhuoluo.txt": (2021, "发布时间：2021-09-16 10:25", YJ, [
        ("旗政协组织委员视察全旗重点项目建设", "9月15日", "2021-09-15", "9月15日，旗政协主席",
         "旗 site: 旗政协 委员视察 led by the 主席; 副主席 list, 秘书长; 旗委常委、常务副旗长 陪同; 座谈会")]),
    "fe05_yijinhuoluo.txt": (2022, "2022年01月12日　星期三", YJ, [
        ("政协伊金霍洛旗第十一届委员会第一次会议闭幕", "1月11日上午", "2022-01-11", "本报讯（记者 包文静",
         "city paper 第03版: 旗政协 一次会议 闭幕; the former 常务副旗长 elected 主席; 执行主席; 旗委书记, 旗长, 旗人大常委会主任")]),
    "fe06_dayao.txt": (2021, "发布时间：2021-06-11", DY, [
        ("县人大常委会开展森林法执法检查", "6月9日至10日", "2021-06-09", "6月9日至10日，县人大",
         "县人大常委会 site: 森林法 执法检查 led by a 副主任; 工作委员会主任; 副县长; 乡党委书记; 座谈会 with the 主任")]),
    "fe07_dayao.txt": (2023, "2023年9月1日　星期五", DY, [
        ("大姚县十八届人大常委会举行第十一次会议", "8月30日", "2023-08-30", "本报讯（通讯员 李沁怡）",
         "city paper 第02版: 县人大常委会 会议 (the former 副主任 now 党组书记、主任); 决定任命 a 副县长 and a 局长; 宪法宣誓")]),
    "fe08_wuxue.txt": (2022, "发布日期：2022-05-23", WX, [
        ("龚振林到梅川镇人大代表联络站接待选民", "5月21日", "2022-05-21", "5月21日，市委书记",
         "县级市 人大 site: the 市委书记 as 省人大代表 at a 镇 联络站; 市人大常委会党组书记、主任, 副主任 (also 审核), 镇党委书记, 镇人大主席")]),
    "fe09_wuxue.txt": (2024, "2024年06月14日　星期五", WX, [
        ("市人大常委会执法检查组在武穴市检查乡村振兴促进法实施情况", "6月13日", "2024-06-13", "本报讯（记者 夏雨薇",
         "city paper 第A02版: 黄冈 市人大常委会 执法检查 in 武穴市 led by the former 武穴市委书记; 武穴市 市长 and 人大常委会主任 in full")]),
    "fe10_xinbin.txt": (2023, "时间：2023-04-27 15:30:12", XB, [
        ("县政协召开十届十次常委会议 专题协商满族民俗文化旅游发展", "4月26日", "2023-04-26", "4月26日，县政协十届",
         "县政协 site: 常委会议 with 专题协商 (党组书记、主席; 党组副书记、副主席; 副主席 list incl. 赵立新#1; 秘书长; 副县长; town secretary)")]),
}

_E01_VP = "叶碧霞、程志坚、郑海棠当选为文成县第十七届人民代表大会常务委员会副主任"
_E01_FX = "夏启明、吴丽君、麻建伟、赵立新、钟雨岚当选为文成县人民政府副县长"
_E01_JI = "县委副书记、代县长季鸿远当选为文成县人民政府县长"
_E02_ZX = "县政协副主席叶向阳、雷美珍，秘书长陶启明出席会议"
_E04_ZX = "旗政协副主席乌日汗高娃、邬建军，秘书长乔慧敏参加视察"
_E05_VP = "乌日汗高娃、邬建军、云晓东、马丽清当选为副主席"
_E05_LD = "伊金霍洛旗委书记达日罕，旗委副书记、政府旗长刘彦平，旗人大常委会主任巴雅尔图等旗领导在主席台就座"
_E07_VP = "县人大常委会副主任者兴华、马云飞、张文珍出席会议"
_E10_ZX = "县政协党组副书记、副主席佟景山，副主席赵立新、肇春雨、富尔丹，秘书长鄂宏亮出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 文成 (浙江 温州)
    "fe:包卓然": ("包卓然", "official", WC, [
        ("fe01", WC + "委", "书记", "大会主席团常务主席、县委书记包卓然主持闭幕会", "大会主席团常务主席 is a session role")], []),
    "fe:潘立诚": ("潘立诚", "official", WC, [
        ("fe01", WC + "人大常委会", "主任", "潘立诚当选为文成县第十七届人民代表大会常务委员会主任", "elected (2021-12); 人民代表大会常务委员会 → 人大常委会, 届 dropped"),
        ("fe03", WC + "人大常委会", "主任", "县人大常委会主任潘立诚", "2024-03")], []),
    "fe:叶碧霞": ("叶碧霞", "official", WC, [
        ("fe01", WC + "人大常委会", "副主任", _E01_VP, "elected; chairs the 宪法宣誓 (no second line)")], []),
    "fe:程志坚": ("程志坚", "official", WC, [
        ("fe01", WC + "人大常委会", "副主任", _E01_VP, "elected (2021-12)"),
        ("fe03", WC + "人大常委会", "副主任", "县人大常委会副主任程志坚", "2024-03")], []),
    "fe:郑海棠": ("郑海棠", "official", WC, [
        ("fe01", WC + "人大常委会", "副主任", _E01_VP, "elected")], []),
    "fe:季鸿远": ("季鸿远", "official", WC, [
        ("fe01", WC + "委", "副书记", _E01_JI, "2021-12 (identity case: 县长 2023, 县委书记 2024)"),
        ("fe01", WC + "政府", "代县长", _E01_JI, "held until the vote (parts n, ab)"),
        ("fe01", WC + "政府", "县长", _E01_JI, "elected"),
        ("fe02", WC + "委", "副书记", "县委副书记、县长季鸿远出席会议并讲话", "2023-05"),
        ("fe02", WC + "政府", "县长", "县委副书记、县长季鸿远出席会议并讲话", None),
        ("fe03", WC + "委", "书记", "3月19日上午，县委书记季鸿远以县人大代表身份", "2024-03: now 县委书记; 县人大代表 is no post; named in the headline too")], []),
    "fe:夏启明": ("夏启明", "official", WC, [("fe01", WC + "政府", "副县长", _E01_FX, "elected; list before one title")], []),
    "fe:吴丽君": ("吴丽君", "official", WC, [("fe01", WC + "政府", "副县长", _E01_FX, "elected")], []),
    "fe:麻建伟": ("麻建伟", "official", WC, [("fe01", WC + "政府", "副县长", _E01_FX, "elected")], []),
    "fe:赵立新#2": ("赵立新", "official", WC, [
        ("fe01", WC + "政府", "副县长", _E01_FX, "文成县 (浙江), elected 2021-12; not the 赵立新 of 新宾县政协 (辽宁, fe10)")], []),
    "fe:钟雨岚": ("钟雨岚", "official", WC, [
        ("fe01", WC + "政府", "副县长", _E01_FX, "elected (2021-12)"),
        ("fe02", WC + "政府", "副县长", "副县长钟雨岚通报了", "2023-05")], []),
    "fe:蓝启航": ("蓝启航", "official", WC, [
        ("fe01", WC + "监委", "主任", "蓝启航当选为文成县监察委员会主任", "监察委员会 → 监委")], []),
    "fe:周文澜": ("周文澜", "official", WC, [
        ("fe01", WC + "人民法院", "院长", "周文澜当选为文成县人民法院院长", "the court as written after its place (part ab)")], []),
    "fe:胡其铮": ("胡其铮", "official", WC, [
        ("fe01", WC + "人民检察院", "检察长", "胡其铮当选为文成县人民检察院检察长", "a holding although 须报经…批准 (part ab)")], []),
    "fe:戴远征": ("戴远征", "official", "温州市", [
        ("fe02", "温州市政协", "副主席", "市政协副主席戴远征到会指导", "bare 市政协 in the 温州日报 = 温州市政协")], []),
    "fe:金雪峰": ("金雪峰", "official", WC, [
        ("fe02", WC + "政协党组", "书记", "县政协党组书记、主席金雪峰主持会议", "党组 only with 书记"),
        ("fe02", WC + "政协", "主席", "县政协党组书记、主席金雪峰主持会议", None)], []),
    "fe:叶向阳": ("叶向阳", "official", WC, [("fe02", WC + "政协", "副主席", _E02_ZX, None)], []),
    "fe:雷美珍": ("雷美珍", "official", WC, [("fe02", WC + "政协", "副主席", _E02_ZX, "reports for the 协商组 (no post)")], []),
    "fe:陶启明": ("陶启明", "official", WC, [
        ("fe02", WC + "政协", "秘书长", _E02_ZX, "bare 秘书长 after the 政协 副主席 list = the 政协's")], []),
    "fe:包海峰": ("包海峰", "official", WC, [
        ("fe02", WC + "南田镇党委", "书记", "南田镇党委书记包海峰", "town organ with the county label")], []),
    "fe:俞晨曦": ("俞晨曦", "official", WC, [
        ("fe03", WC + "大峃镇党委", "书记", "大峃镇党委书记俞晨曦", None)], []),
    "fe:胡雅萍": ("胡雅萍", "official", WC, [
        ("fe03", WC + "大峃镇人大", "主席", "镇人大主席胡雅萍", "bare 镇 after 大峃镇党委书记 = 大峃镇")], []),
    # ---- 伊金霍洛旗 (内蒙古 鄂尔多斯)
    "fe:斯琴毕力格": ("斯琴毕力格", "official", YJ, [
        ("fe04", YJ + "政协", "主席", "旗政协主席斯琴毕力格带领部分旗政协委员", "2021-09")], []),
    "fe:乌日汗高娃": ("乌日汗高娃", "official", YJ, [
        ("fe04", YJ + "政协", "副主席", _E04_ZX, "2021-09"),
        ("fe05", YJ + "政协", "副主席", _E05_VP, "2022-01: re-elected; 执行主席 and chair of the 闭幕大会 (session roles)")], []),
    "fe:邬建军": ("邬建军", "official", YJ, [
        ("fe04", YJ + "政协", "副主席", _E04_ZX, None),
        ("fe05", YJ + "政协", "副主席", _E05_VP, "re-elected")], []),
    "fe:乔慧敏": ("乔慧敏", "official", YJ, [
        ("fe04", YJ + "政协", "秘书长", _E04_ZX, "bare 秘书长 after the 政协 副主席 list"),
        ("fe05", YJ + "政协", "秘书长", "乔慧敏当选为秘书长", "re-elected")], []),
    "fe:贺文韬": ("贺文韬", "official", YJ, [
        ("fe04", YJ + "委", "常委", "旗委常委、常务副旗长贺文韬陪同", "2021-09 (identity case: 旗政协主席 2022)"),
        ("fe04", YJ + "政府", "常务副旗长", "旗委常委、常务副旗长贺文韬陪同", None),
        ("fe05", YJ + "政协", "主席", "贺文韬当选为政协伊金霍洛旗第十一届委员会主席", "2022-01: elected; DECIDED HERE: 政协X第N届委员会 → X政协; headline and 新当选的旗政协主席 repeat it")], []),
    "fe:王瑞峰": ("王瑞峰", "official", YJ, [
        ("fe04", YJ + "乌兰木伦镇党委", "书记", "在乌兰木伦镇，镇党委书记王瑞峰", None)], []),
    "fe:额尔敦巴雅尔": ("额尔敦巴雅尔", "official", YJ, [
        ("fe04", YJ + "发展和改革委员会", "主任", "旗发展和改革委员会主任额尔敦巴雅尔", "department as written after the place")], []),
    "fe:达日罕": ("达日罕", "official", YJ, [
        ("fe05", YJ + "委", "书记", _E05_LD, None)], []),
    "fe:刘彦平": ("刘彦平", "official", YJ, [
        ("fe05", YJ + "委", "副书记", _E05_LD, None),
        ("fe05", YJ + "政府", "旗长", _E05_LD, "政府旗长 → 伊金霍洛旗政府 旗长 (parts ak, cc)")], []),
    "fe:巴雅尔图": ("巴雅尔图", "official", YJ, [
        ("fe05", YJ + "人大常委会", "主任", _E05_LD, None)], []),
    "fe:云晓东": ("云晓东", "official", YJ, [
        ("fe05", YJ + "政协", "副主席", _E05_VP, "elected; 执行主席 is a session role")], []),
    "fe:马丽清": ("马丽清", "official", YJ, [
        ("fe05", YJ + "政协", "副主席", _E05_VP, "elected")], []),
    # ---- 大姚县 (云南 楚雄)
    "fe:罗正坤": ("罗正坤", "official", DY, [
        ("fe06", DY + "人大常委会", "副主任", "县人大常委会副主任罗正坤带领执法检查组", "2021-06 (identity case: 主任 2023)"),
        ("fe07", DY + "人大常委会党组", "书记", "县人大常委会党组书记、主任罗正坤主持会议", "2023-08"),
        ("fe07", DY + "人大常委会", "主任", "县人大常委会党组书记、主任罗正坤主持会议", "2023-08: now 主任")], []),
    "fe:者兴华": ("者兴华", "official", DY, [
        ("fe06", DY + "人大常委会农业农村工作委员会", "主任", "县人大常委会农业农村工作委员会主任者兴华", "2021-06; a 常委会 工作委员会 as an org with its place (part ab)"),
        ("fe07", DY + "人大常委会", "副主任", _E07_VP, "2023-08: now 副主任")], []),
    "fe:施雪梅": ("施雪梅", "official", DY, [
        ("fe06", DY + "政府", "副县长", "副县长施雪梅陪同", "2021-06"),
        ("fe07", DY + "委", "常委", "县委常委、常务副县长施雪梅", "2023-08"),
        ("fe07", DY + "政府", "常务副县长", "县委常委、常务副县长施雪梅", "2023-08: now 常务副县长")], []),
    "fe:杞文斌": ("杞文斌", "official", DY, [
        ("fe06", DY + "昙华乡党委", "书记", "在昙华乡，乡党委书记杞文斌", "2021-06"),
        ("fe07", DY + "政府", "副县长", "决定任命杞文斌为大姚县人民政府副县长", "2023-08: 决定任命 is a holding")], []),
    "fe:段家福": ("段家福", "official", DY, [
        ("fe06", DY + "林业和草原局", "局长", "县林业和草原局局长段家福", None)], []),
    "fe:普建荣": ("普建荣", "official", DY, [
        ("fe06", DY + "人大常委会", "主任", "县人大常委会主任普建荣出席座谈会并讲话", "2021-06: 罗正坤's predecessor")], []),
    "fe:马云飞": ("马云飞", "official", DY, [("fe07", DY + "人大常委会", "副主任", _E07_VP, None)], []),
    "fe:张文珍": ("张文珍", "official", DY, [("fe07", DY + "人大常委会", "副主任", _E07_VP, None)], []),
    "fe:孔德亮": ("孔德亮", "official", DY, [
        ("fe07", DY + "自然资源局", "局长", "决定任命孔德亮为大姚县自然资源局局长", "决定任命 is a holding")], []),
    # ---- 武穴市 (湖北 黄冈)
    "fe:龚振林": ("龚振林", "official", WX, [
        ("fe08", WX + "委", "书记", "市委书记龚振林以省人大代表身份", "2022-05: bare 市委 on the 武穴人大网 = 武穴市 (县级市); 省人大代表 is no post"),
        ("fe09", "黄冈市人大常委会", "副主任", "市人大常委会副主任龚振林带领执法检查组", "2024-06: now 黄冈市人大常委会副主任 (bare 市 in the 黄冈日报 = 黄冈市)")], []),
    "fe:詹爱民": ("詹爱民", "official", WX, [
        ("fe08", WX + "人大常委会党组", "书记", "市人大常委会党组书记、主任詹爱民", "2022-05: bare 市人大常委会 on the 武穴人大网 = 武穴市's"),
        ("fe08", WX + "人大常委会", "主任", "市人大常委会党组书记、主任詹爱民", None),
        ("fe09", WX + "人大常委会", "主任", "武穴市人大常委会主任詹爱民陪同检查", "2024-06: written in full in the 黄冈日报")], []),
    "fe:梅晓峰": ("梅晓峰", "official", WX, [
        ("fe08", WX + "人大常委会", "副主任", "市人大常委会副主任梅晓峰", "also the page's 审核 (one person id, both roles)")], []),
    "fe:鲍国庆": ("鲍国庆", "official", WX, [
        ("fe08", WX + "梅川镇党委", "书记", "梅川镇党委书记鲍国庆", None)], []),
    "fe:郭雯雯": ("郭雯雯", "official", WX, [
        ("fe08", WX + "梅川镇人大", "主席", "镇人大主席郭雯雯", "bare 镇 after 梅川镇党委书记 = 梅川镇")], []),
    "fe:郝东升": ("郝东升", "official", WX, [
        ("fe09", WX + "委", "副书记", "武穴市委副书记、市长郝东升", None),
        ("fe09", WX + "政府", "市长", "武穴市委副书记、市长郝东升", None)], []),
    "fe:黄立军": ("黄立军", "official", WX, [
        ("fe09", WX + "花桥镇党委", "书记", "在花桥镇，镇党委书记黄立军", None)], []),
    "fe:游志强": ("游志强", "official", "黄冈市", [
        ("fe09", "黄冈市人大农业与农村委员会", "主任委员", "市人大农业与农村委员会主任委员游志强", "DECIDED HERE: a 专门委员会 of the 人代会, as written with its place")], []),
    # ---- 新宾满族自治县 (辽宁 抚顺)
    "fe:关长明": ("关长明", "official", XB, [
        ("fe10", XB + "政协党组", "书记", "县政协党组书记、主席关长明主持会议", None),
        ("fe10", XB + "政协", "主席", "县政协党组书记、主席关长明主持会议", None)], []),
    "fe:佟景山": ("佟景山", "official", XB, [
        ("fe10", XB + "政协党组", "副书记", _E10_ZX, "党组副书记 → the 党组's 副书记"),
        ("fe10", XB + "政协", "副主席", _E10_ZX, None)], []),
    "fe:赵立新#1": ("赵立新", "official", XB, [
        ("fe10", XB + "政协", "副主席", _E10_ZX, "新宾 (辽宁), 2023; not the 赵立新 elected 文成 副县长 (浙江, fe01); reporting for a 委员会 gives no post")], []),
    "fe:肇春雨": ("肇春雨", "official", XB, [("fe10", XB + "政协", "副主席", _E10_ZX, None)], []),
    "fe:富尔丹": ("富尔丹", "official", XB, [("fe10", XB + "政协", "副主席", _E10_ZX, None)], []),
    "fe:鄂宏亮": ("鄂宏亮", "official", XB, [
        ("fe10", XB + "政协", "秘书长", _E10_ZX, "bare 秘书长 after the 政协 副主席 list")], []),
    "fe:那雪梅": ("那雪梅", "official", XB, [
        ("fe10", XB + "政府", "副县长", "副县长那雪梅应邀出席会议并通报情况", None)], []),
    "fe:高振东": ("高振东", "official", XB, [
        ("fe10", XB + "永陵镇党委", "书记", "永陵镇党委书记高振东", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fe01", "刘晓琪", "责任编辑", "editor", "责任编辑：刘晓琪"),
    ("fe01", "麻崇文", "审核", "editor", "审核：麻崇文"),
    ("fe02", "章亦凡", "记者", "reporter", "本报讯（记者 章亦凡 通讯员 麻晓丹）"),
    ("fe02", "麻晓丹", "通讯员", "correspondent", "本报讯（记者 章亦凡 通讯员 麻晓丹）"),
    ("fe02", "陈可儿", "编辑", "editor", "编辑：陈可儿"),
    ("fe02", "王骏", "校对", "editor", "校对：王骏"),
    ("fe03", "赵一诺", "作者", "author", "作者：赵一诺"),
    ("fe04", "阿拉坦其木格", "责任编辑", "editor", "责任编辑：阿拉坦其木格"),
    ("fe05", "包文静", "记者", "reporter", "本报讯（记者 包文静 通讯员 白雅楠）"),
    ("fe05", "白雅楠", "通讯员", "correspondent", "本报讯（记者 包文静 通讯员 白雅楠）"),
    ("fe05", "武晓东", "责任编辑", "editor", "责任编辑：武晓东"),
    ("fe06", "普雪晴", "责任编辑", "editor", "责任编辑：普雪晴"),
    ("fe07", "李沁怡", "通讯员", "correspondent", "本报讯（通讯员 李沁怡）"),
    ("fe07", "赵晓丽", "责任编辑", "editor", "责任编辑：赵晓丽"),
    ("fe08", "饶思雨", "作者", "author", "作者：饶思雨"),
    ("fe08", "尹春晖", "编辑", "editor", "编辑：尹春晖"),
    ("fe08", "梅晓峰", "审核", "editor", "审核：梅晓峰"),
    ("fe09", "夏雨薇", "记者", "reporter", "本报讯（记者 夏雨薇 通讯员 饶思雨）"),
    ("fe09", "饶思雨", "通讯员", "correspondent", "本报讯（记者 夏雨薇 通讯员 饶思雨）"),
    ("fe09", "程子涵", "责任编辑", "editor", "责任编辑：程子涵"),
    ("fe09", "戴静怡", "校对", "editor", "校对：戴静怡"),
    ("fe10", "佟雅琪", "责任编辑", "editor", "责任编辑：佟雅琪"),
    ("fe10", "金泽宇", "审核", "editor", "审核：金泽宇"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fe01", "文成县第十七届人民代表大会第一次会议闭幕会", "session (人代会)", "12月23日下午", "包卓然", None, [],
     ["叶碧霞"], ["季鸿远", "包卓然"], "县行政中心大会堂",
     "12月23日下午，文成县第十七届人民代表大会第一次会议在县行政中心大会堂圆满完成各项议程后闭幕",
     ["大会主席团常务主席、县委书记包卓然主持闭幕会", "宣誓仪式由县人大常委会副主任叶碧霞主持",
      "季鸿远代表新一届县人民政府作表态发言", "包卓然在讲话中指出"]),
    ("fe02", "“请你来协商”专题协商会（推动刘基故里乡村旅游提质增效）", "meeting (政协专题协商会)", "5月17日下午", "金雪峰", None, ["文成县政协"],
     ["季鸿远", "戴远征", "叶向阳", "雷美珍", "陶启明"], ["钟雨岚", "包海峰", "雷美珍", "季鸿远", "戴远征", "金雪峰"], None,
     "5月17日下午，文成县政协召开“请你来协商”专题协商会",
     ["县委副书记、县长季鸿远出席会议并讲话", "市政协副主席戴远征到会指导", "县政协党组书记、主席金雪峰主持会议", _E02_ZX,
      "副县长钟雨岚通报了", "南田镇党委书记包海峰汇报了", "雷美珍代表县政协协商组作调研报告", "季鸿远指出",
      "戴远征对文成县政协的协商工作给予肯定", "金雪峰要求"]),
    ("fe03", "“代表进站·接待选民”活动（大峃镇人大代表联络站）", "activity (代表进站接待选民)", "3月19日上午", None, "季鸿远", [],
     ["潘立诚", "程志坚", "俞晨曦", "胡雅萍"], ["程志坚", "俞晨曦", "季鸿远", "潘立诚"], "大峃镇人大代表联络站",
     "县委书记季鸿远以县人大代表身份来到大峃镇人大代表联络站，开展“代表进站·接待选民”活动",
     ["县委书记季鸿远以县人大代表身份来到大峃镇人大代表联络站", "镇人大主席胡雅萍参加活动", "程志坚介绍了", "俞晨曦汇报了",
      "季鸿远强调", "潘立诚表示"]),
    ("fe04", "全旗重点项目建设视察", "inspection (政协委员视察)", "9月15日", None, "斯琴毕力格", [YJ + "政协"],
     ["乌日汗高娃", "邬建军", "乔慧敏", "贺文韬"], ["王瑞峰", "贺文韬", "额尔敦巴雅尔", "斯琴毕力格"], "乌兰木伦镇、札萨克镇",
     "旗政协主席斯琴毕力格带领部分旗政协委员，对全旗重点项目建设情况进行视察",
     ["旗政协主席斯琴毕力格带领部分旗政协委员", _E04_ZX, "常务副旗长贺文韬陪同", "镇党委书记王瑞峰介绍了", "贺文韬通报了",
      "额尔敦巴雅尔就项目审批和要素保障作了说明", "斯琴毕力格指出"]),
    ("fe05", "政协伊金霍洛旗第十一届委员会第一次会议闭幕大会", "session (政协会议)", "1月11日上午", "乌日汗高娃", None, [],
     ["达日罕", "刘彦平", "巴雅尔图", "贺文韬", "邬建军", "云晓东"], ["贺文韬", "达日罕"], "旗会展中心",
     "1月11日上午，政协伊金霍洛旗第十一届委员会第一次会议在旗会展中心圆满完成各项议程后闭幕",
     [_E05_LD, "大会执行主席贺文韬、乌日汗高娃、邬建军、云晓东在主席台前排就座", "闭幕大会由乌日汗高娃主持",
      "新当选的旗政协主席贺文韬在讲话中表示", "达日罕在讲话中"]),
    ("fe06", "《中华人民共和国森林法》执法检查", "inspection (人大执法检查)", "6月9日至10日", None, "罗正坤", [DY + "人大常委会"],
     ["者兴华", "施雪梅", "普建荣"], ["杞文斌", "施雪梅", "段家福", "普建荣", "罗正坤"], "昙华乡、三台乡、金碧镇",
     "县人大常委会副主任罗正坤带领执法检查组，对全县贯彻实施《中华人民共和国森林法》情况开展执法检查",
     ["县人大常委会副主任罗正坤带领执法检查组", "县人大常委会农业农村工作委员会主任者兴华及部分县人大代表参加检查",
      "副县长施雪梅陪同", "乡党委书记杞文斌介绍了", "施雪梅汇报了", "县林业和草原局局长段家福作了补充发言",
      "县人大常委会主任普建荣出席座谈会并讲话", "罗正坤指出", "普建荣强调"]),
    ("fe07", "大姚县十八届人大常委会第十一次会议", "session (人大常委会会议)", "8月30日", "罗正坤", None, [],
     ["者兴华", "马云飞", "张文珍", "施雪梅", "杞文斌", "孔德亮"], ["施雪梅", "杞文斌", "罗正坤"], None,
     "8月30日，大姚县十八届人大常委会第十一次会议召开",
     ["县人大常委会党组书记、主任罗正坤主持会议", _E07_VP, "县委常委、常务副县长施雪梅", "杞文斌、孔德亮进行宪法宣誓",
      "施雪梅代表县人民政府作了报告", "杞文斌在表态发言中表示", "罗正坤强调"]),
    ("fe08", "“代表进站·为民履职”主题活动（梅川镇人大代表联络站接待选民）", "activity (代表进站接待选民)", "5月21日", None, "龚振林", [],
     ["詹爱民", "梅晓峰", "鲍国庆", "郭雯雯"], ["鲍国庆", "郭雯雯", "龚振林", "詹爱民"], "梅川镇人大代表联络站",
     "市委书记龚振林以省人大代表身份来到梅川镇人大代表联络站，参加“代表进站·为民履职”主题活动",
     ["市委书记龚振林以省人大代表身份来到梅川镇人大代表联络站", "镇人大主席郭雯雯参加接待", "鲍国庆汇报了", "郭雯雯介绍了",
      "龚振林强调", "詹爱民表示"]),
    ("fe09", "《中华人民共和国乡村振兴促进法》执法检查（武穴市）", "inspection (人大执法检查)", "6月13日", None, "龚振林", ["黄冈市人大常委会"],
     ["郝东升", "詹爱民"], ["黄立军", "郝东升", "游志强", "龚振林", "詹爱民"], "武穴市",
     "市人大常委会副主任龚振林带领执法检查组到武穴市，检查《中华人民共和国乡村振兴促进法》贯彻实施情况",
     ["市人大常委会副主任龚振林带领执法检查组到武穴市", "武穴市委副书记、市长郝东升", "武穴市人大常委会主任詹爱民陪同检查",
      "镇党委书记黄立军介绍了", "郝东升汇报了", "主任委员游志强就检查组掌握的问题作了通报", "龚振林指出", "詹爱民表示"]),
    ("fe10", "县政协十届十次常委会议", "meeting (政协常委会议)", "4月26日", "关长明", None, [],
     ["佟景山", "赵立新", "肇春雨", "富尔丹", "鄂宏亮", "那雪梅"], ["高振东", "那雪梅", "赵立新", "关长明"], None,
     "4月26日，县政协十届十次常委会议召开",
     ["县政协党组书记、主席关长明主持会议", _E10_ZX, "副县长那雪梅应邀出席会议并通报情况", "永陵镇党委书记高振东关于",
      "那雪梅通报了", "赵立新代表县政协文化文史和学习委员会作了专题调研报告", "关长明指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fe01", "飞云江文成段生态修复工程", "greening_project", "飞云江文成段生态修复工程"),
    ("fe01", "珊溪水库库区饮用水源保护提升工程", "engineering_work", "珊溪水库库区饮用水源保护提升工程"),
    ("fe01", "大峃镇城东片区老旧小区改造项目", "housing_project", "大峃镇城东片区老旧小区改造项目列入其中"),
    ("fe02", "刘基庙周边环境整治提升工程", "project", "实地察看刘基庙周边环境整治提升工程"),
    ("fe02", "百丈漈景区游客集散中心建设项目", "project", "百丈漈景区游客集散中心建设项目"),
    ("fe03", "大峃镇城东片区老旧小区改造项目", "housing_project", "俞晨曦汇报了大峃镇城东片区老旧小区改造项目"),
    ("fe03", "大峃镇农村供水一体化工程", "infrastructure_project", "大峃镇农村供水一体化工程推进情况"),
    ("fe04", "乌兰木伦镇零碳产业园标准化厂房二期", "industrial_park", "乌兰木伦镇零碳产业园标准化厂房二期"),
    ("fe04", "札萨克镇集中供热管网改造工程", "infrastructure_project", "札萨克镇集中供热管网改造工程"),
    ("fe04", "乌兰木伦河综合治理三期工程", "engineering_work", "乌兰木伦河综合治理三期工程现场"),
    ("fe06", "昙华山森林防火通道建设项目", "infrastructure_project", "昙华山森林防火通道建设项目"),
    ("fe06", "三台乡核桃提质增效示范基地", "project", "三台乡核桃提质增效示范基地"),
    ("fe06", "蜻蛉河城区段生态修复工程", "greening_project", "蜻蛉河城区段生态修复工程"),
    ("fe07", "蜻蛉河综合治理二期工程", "engineering_work", "加快推进蜻蛉河综合治理二期工程"),
    ("fe07", "大姚县核桃精深加工产业园", "industrial_park", "大姚县核桃精深加工产业园建设"),
    ("fe08", "梅川水库灌区续建配套与节水改造工程", "engineering_work", "梅川水库灌区续建配套与节水改造工程建设"),
    ("fe08", "梅川镇农村供水一体化工程", "infrastructure_project", "推动梅川镇农村供水一体化工程"),
    ("fe09", "大法寺镇高标准农田建设示范区", "project", "大法寺镇高标准农田建设示范区"),
    ("fe09", "花桥镇中药材产业园二期", "industrial_park", "花桥镇中药材产业园二期"),
    ("fe09", "太白湖片区人居环境整治提升工程", "project", "太白湖片区人居环境整治提升工程"),
    ("fe10", "赫图阿拉城景区提升改造工程", "project", "实地察看了赫图阿拉城景区提升改造工程"),
    ("fe10", "永陵镇满族民俗村改造项目", "project", "永陵镇满族民俗村改造项目"),
    ("fe10", "苏子河沿岸生态修复工程", "greening_project", "苏子河沿岸生态修复工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fe01", "文成县", "county", "in_org_reference", "12月23日下午，文成县第十七届人民代表大会第一次会议"),
    ("fe01", "温州市", "city", "in_org_reference", "须报经温州市人民检察院检察长提请温州市人大常委会批准"),
    ("fe01", "飞云江", "river", "in_project_name", "飞云江文成段生态修复工程"),
    ("fe01", "珊溪水库", "reservoir", "in_project_name", "珊溪水库库区饮用水源保护提升工程"),
    ("fe01", "大峃镇", "town", "in_project_name", "大峃镇城东片区老旧小区改造项目列入其中"),
    ("fe01", "城东片区", "area", "in_project_name", "大峃镇城东片区老旧小区改造项目列入其中"),
    ("fe01", "百丈漈", "scenic_area", "standalone", "推动百丈漈景区提质"),
    ("fe01", "南田镇", "town", "standalone", "和南田镇乡村振兴"),
    ("fe01", "文成", "county", "standalone", "为文成跨越式高质量发展作出新的贡献"),
    ("fe02", "文成县", "county", "in_org_reference", "5月17日下午，文成县政协召开"),
    ("fe02", "刘基故里", "scenic_area", "standalone", "围绕“推动刘基故里乡村旅游提质增效”"),
    ("fe02", "南田镇", "town", "standalone", "先后来到南田镇、百丈漈镇"),
    ("fe02", "百丈漈镇", "town", "standalone", "先后来到南田镇、百丈漈镇"),
    ("fe02", "刘基庙", "heritage_site", "in_project_name", "实地察看刘基庙周边环境整治提升工程"),
    ("fe02", "百丈漈", "scenic_area", "in_project_name", "百丈漈景区游客集散中心建设项目"),
    ("fe03", "大峃镇", "town", "standalone", "来到大峃镇人大代表联络站"),
    ("fe03", "城东片区", "area", "in_project_name", "俞晨曦汇报了大峃镇城东片区老旧小区改造项目"),
    ("fe04", "乌兰木伦镇", "town", "standalone", "在乌兰木伦镇，镇党委书记王瑞峰"),
    ("fe04", "札萨克镇", "town", "in_project_name", "札萨克镇集中供热管网改造工程"),
    ("fe04", "乌兰木伦河", "river", "in_project_name", "乌兰木伦河综合治理三期工程现场"),
    ("fe04", "伊金霍洛旗", "banner", "standalone", "助推伊金霍洛旗经济社会高质量发展"),
    ("fe05", "伊金霍洛旗", "banner", "standalone", "助推伊金霍洛旗在全市率先实现高质量发展"),
    ("fe05", "乌兰木伦河", "river", "standalone", "围绕乌兰木伦河生态保护"),
    ("fe05", "伊旗", "banner", "standalone (slogan)", "“活力伊旗、美丽伊旗”"),
    ("fe06", "昙华乡", "township", "standalone", "检查组深入昙华乡、三台乡和金碧镇"),
    ("fe06", "三台乡", "township", "standalone", "检查组深入昙华乡、三台乡和金碧镇"),
    ("fe06", "金碧镇", "town", "standalone", "检查组深入昙华乡、三台乡和金碧镇"),
    ("fe06", "昙华山", "mountain", "in_project_name", "昙华山森林防火通道建设项目"),
    ("fe06", "蜻蛉河", "river", "in_project_name", "蜻蛉河城区段生态修复工程"),
    ("fe06", "大姚", "county", "standalone", "推动法律在大姚落地见效"),
    ("fe07", "大姚县", "county", "in_org_reference", "8月30日，大姚县十八届人大常委会第十一次会议召开"),
    ("fe07", "石羊古镇", "heritage_site", "standalone", "扎实做好石羊古镇保护利用"),
    ("fe07", "蜻蛉河", "river", "in_project_name", "加快推进蜻蛉河综合治理二期工程"),
    ("fe08", "梅川镇", "town", "standalone", "来到梅川镇人大代表联络站"),
    ("fe08", "梅川水库", "reservoir", "in_project_name", "梅川水库灌区续建配套与节水改造工程建设"),
    ("fe09", "武穴市", "county_level_city", "standalone", "带领执法检查组到武穴市"),
    ("fe09", "大法寺镇", "town", "standalone", "检查组先后来到大法寺镇、花桥镇"),
    ("fe09", "花桥镇", "town", "standalone", "检查组先后来到大法寺镇、花桥镇"),
    ("fe09", "太白湖片区", "area", "in_project_name", "太白湖片区人居环境整治提升工程"),
    ("fe10", "永陵镇", "town", "standalone", "深入永陵镇、旺清门镇"),
    ("fe10", "旺清门镇", "town", "standalone", "深入永陵镇、旺清门镇"),
    ("fe10", "赫图阿拉城", "heritage_site", "standalone", "以赫图阿拉城、清永陵为龙头"),
    ("fe10", "清永陵", "heritage_site", "standalone", "以赫图阿拉城、清永陵为龙头"),
    ("fe10", "苏子河", "river", "in_project_name", "苏子河沿岸生态修复工程"),
    ("fe10", "辽东", "region", "standalone", "打造辽东文旅新名片"),
    ("fe10", "新宾满族自治县", "county", "standalone", "推动新宾满族自治县文旅产业提质增效"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fe", conventions="set fe (blind set: 人大 and 政协 pages of 浙江 文成县, 内蒙古 伊金霍洛旗, 云南 大姚县, 湖北 武穴市 (县级市, with the 黄冈日报) and 辽宁 新宾满族自治县: 人代会 and 政协 elections are holdings (政协X第N届委员会 → X政协, 人民代表大会常务委员会 → 人大常委会, 监察委员会 → 监委, court and procuratorate as written; a 代县长 elected 县长 gives 代县长 and 县长), 人大常委会 决定任命 a holding, 党组 with 书记 / 副书记, a bare 秘书长 after the 政协 副主席 list is the 政协's, a 常委会 工作委员会 and a 人大 专门委员会 are orgs of their own with the place, 代表 / 委员 / 执行主席 / 主席团常务主席 no posts, a leader at a 人大代表联络站 接待选民 is an activity; one line per post per article)",
          persons_note="Set fe persons. id = corpus-wide person_id (fe:赵立新#1 of 新宾县政协 (辽宁) and fe:赵立新#2, 文成 副县长 (浙江), are two people; fe:季鸿远 文成 代县长 → 县长 2021 → 县委书记 2024; fe:贺文韬 伊金霍洛旗 常务副旗长 2021 → 旗政协主席 2022; fe:罗正坤 大姚 人大常委会副主任 2021 → 主任 2023; fe:龚振林 武穴市委书记 2022 → 黄冈市人大常委会副主任 2024; fe:梅晓峰 holds a post and signs a page)")


if __name__ == "__main__":
    main()
