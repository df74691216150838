"""Write gold part ``hv`` (a blind set: cadres sent across provinces — 援藏, 东西部协作 and 援青 — seen on the pages of the
receiving county and of the sending city, the same cadre on both sides over the years) from the tables below.

Pages ``tests/dev/texts/hv*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 中国报道 page of the 温州市党政代表团 in 那曲市嘉黎县 (``嘉黎县委副书记、
县长…，嘉黎县委常务副书记…，嘉黎县委常委、组织部长…参加座谈会``; the 常务副书记 speaking for the ``温州市援藏工作组``); the 浙江
援藏网 copy of the 台州—嘉黎 座谈会 (``您当前的位置 : 浙江在线 > 浙江援藏网 > 援藏要闻 正文``, ``来源: 台州发布``); a 温州网 page on
the 第八批 温州 援藏 cadres back home; a 乐清日报 video page on 温州's 嘉黎 aid; the 网易 page of the 惠东县委书记's 党政代表团 in
望谟县 (``惠东县领导…参加``, ``望谟县委书记…等领导陪同``, ``惠东县—望谟县东西部协作对接工作座谈会``, ``惠东驻县帮扶团``); the 新华
page of 惠州's second batch of 挂职干部 at 兴义 (``粤黔东西部协作交接书``); the 惠州日报讯 of the 惠州 delegation in 黔西南州
(a subtitle naming who 参加; ``州委副书记、兴义市委书记``); the 天水在线 page of the 天津市津南区 考察组 in 秦安县 (``县委常委、县政府
副县长…汇报``, ``(编辑:… 责编:… 编审:…)``); the 澎湃 / 网易 pages on the 黄浦区第五批援青干部 in 果洛州玛多县 (``玛多县委副书记、
副县长…负责统筹推进上海援青项目``) and the 上海外滩 page of the 黄浦区政府合作交流办; a 大柴旦 copy on a 上海 援青 cadre
(``果洛藏族自治州委组织部调研员、玛多县委常委、副县长``); the 香格里拉网 page of the 闵行区 delegation (``来源: 作者: 发布时间:``,
a 会见); the 青浦→班玛 and 宝山→叶城 pages (``…区党政代表团到…考察交流``, a 座谈会 with both sides); the 普陀→亚东 page
(``上海市第十批援藏干部人才亚东联络小组组长``); the 襄阳→琼结 page (``湖北省第八批援藏工作队总领队``); the 周口日报 第02版 on its
援疆 cadres (``放大 缩小 默认``, ``上一篇 下一篇``); the 浙江日报 00002版 on the cadres sent to 四川; the 东北网 page of 黑龙江's 援藏
cadres (``来源:黑龙江日报 作者:``). No page was copied. Places are real and new to the corpus's file names, in three real
pairings: 浙江 温州市 (瓯海区) → 西藏 那曲市 嘉黎县 (援藏); 广东 惠州市 惠东县 → 贵州 黔西南州 望谟县 (粤黔 东西部协作); 上海市
黄浦区 → 青海 果洛州 玛多县 (援青).

Shapes: the receiving county's site (nav, 发布时间 / 来源 / 浏览次数 / 字号, 责任编辑, 打印 / 关闭, 相关文章, footer with address and
备案号) of the sending city's 党政代表团: 考察, then a 座谈会 where a district and the county sign a 结对 agreement; the 援藏
cadre as ``县委常务副书记、温州市第十批援藏工作组组长`` (hv01); the sending city's paper (温州日报 第02版, a subtitle) on the
county's return visit with the 市委副书记's 会见 (hv02); the sending district's site three years later: the former 县长 leads
the county's delegation as 县委书记, the 援藏 cadre is back home as 区委常委、副区长, a sentence on his past 挂职, his successor of
the 第十一批 (hv03); the receiving county's site of the 东西部协作 delegation with a 联席会议 and the 挂职 cadre written
``县委常委、副县长（挂职），粤黔协作工作队望谟工作组组长`` (hv04); the sending city's paper (惠州日报 第A05版, two articles) on the
county's return visit, the 挂职 cadre written with his home post first (``惠东县农业农村局局长、挂任望谟县委常委、副县长``), and a
劳务协作 推进会 (hv05); the receiving prefecture's paper (黔西南日报 第03版) of the former 县长, now 县委书记, 调研 the 协作
projects with the next 挂职 cadre (hv06); the sending county's site of its 东西部协作 推进会 chaired by the former 挂职 cadre,
now 县委常委、常务副县长, the next cadre joining by video (hv07); the receiving county's site (玛多) of the 黄浦区 delegation with
the 援青 cadre ``县委副书记、副县长，上海市第五批援青干部联络组玛多小组组长`` (hv08); the sending district's 融媒体 portal (上海黄浦:
作者 line, 分享到, 相关新闻) on the county's return visit, a 会见, a 座谈会 where a street and a town sign (hv09); the sending
district's site of its 对口支援 交流会 welcoming the 援青 cadres home (the cadre now 区发展改革委副主任; the 第六批 cadre by
video) (hv10).

Identity cases:
- people who move between posts and places, on both sides' pages: hv:潘立航 is 嘉黎县委常务副书记、温州市第十批援藏工作组组长
  (hv01 2022-08 on the 嘉黎 site, hv02 2023-06 in the 温州日报), then 瓯海区委常委、副区长 back home (hv03 2025-10).
  hv:赖志宏 is 望谟县委常委、副县长（挂职）and 粤黔协作工作队望谟工作组组长 (hv04 2021-09, 望谟 site), 惠东县农业农村局局长、挂任
  望谟县委常委、副县长 (hv05 2022-11, 惠州日报), then 惠东县委常委、常务副县长 (hv07 2025-06, 惠东 site). hv:顾承远 is 玛多县委副书记、
  副县长 and 上海市第五批援青干部联络组玛多小组组长 (hv08 2023-08, 玛多 site), 玛多县委副书记、副县长 on the 黄浦 portal (hv09
  2024-06), then 黄浦区发展改革委副主任 (hv10 2025-09).
- a 县长 who becomes 书记: hv:尼玛顿珠 嘉黎县委副书记、县长 (hv01 2022) → 嘉黎县委书记 (hv03 2025); hv:韦光明 望谟县委副书记、
  县长 (hv04 2021, hv05 2022) → 望谟县委书记 (hv06 2024); a 区长 who becomes 书记: hv:郑思远 瓯海区委副书记、区长 (hv01, hv02) →
  瓯海区委书记 (hv03); hv:罗建川 嘉黎县委书记 (hv01) → 那曲市委常委、嘉黎县委书记 (hv02); hv:俞佳雯 黄浦区委常委、组织部部长
  (hv08 2023) → 区委副书记 (hv10 2025).
- the same officials on both sides' pages: hv:林韵秋, hv:叶建锋 (hv01, hv02); hv:钟汉林 (hv04, hv05); hv:丁一鸣, hv:马德昌
  (hv08, hv09); hv:黄梓浩, hv:朱晓蕾 (hv05, hv07); hv:刘锦涛 (hv06 on the 望谟 side, hv07 on the 惠东 site).
- two different people with one name in unrelated places: hv:杨秋林#1 is 望谟县 副县长 (贵州, hv04 2021); hv:杨秋林#2 is
  上海市黄浦区外滩街道党工委书记 (hv09 2024).
- one organ name of different places: bare ``县农业农村局局长`` is 嘉黎's (hv01), 望谟's (hv06), 玛多's (hv08) and 惠东's (hv07);
  bare ``县委常委、副县长（挂职）`` is 望谟's (hv04, hv06); bare ``区委书记`` is 瓯海's (hv03) and 黄浦's (hv09); bare
  ``县委副书记、县长`` is 嘉黎's, 望谟's, 惠东's and 玛多's on their pages; the front groups of one pairing are two orgs in two
  batches (温州市第十批援藏工作组 in 2022–2023, 温州市第十一批援藏工作组 in 2025).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts au, bs, dh, fn, hn where they speak; decided here where they are silent):
- Bare organs take the page's place: 县委 / 县长 / 副县长 / 县X局 on the 嘉黎, 望谟, 玛多 and 惠东 sites are that county's; 区委 /
  区长 / 副区长 / 区X局 on the 瓯海 and 黄浦 sites are that district's (黄浦区 and 瓯海区 are one district each in China: no city
  prefix); 市委 / 市政府 in the 温州日报 are 温州's. A visitor written with his place keeps it; a bare chain right after an
  official written with his place in the same sentence takes that place (dh): in the 惠州日报 ``惠东县委书记钟汉林，县委副书记、
  县长黄梓浩`` → 惠东县; in the 黔西南日报 ``望谟县委书记韦光明…县委副书记、县长岑德华`` → 望谟县. Article 2 of hv05
  (``惠东县召开…推进会。副县长陈锦辉``) → 惠东县政府.
- DECIDED HERE: ``县委常务副书记`` (a 西藏 county's third 副书记, held by the 援藏 cadre) is title ``常务副书记`` of the 县委 as
  written (嘉黎县委 常务副书记).
- The front groups' roles are posts of the group as written (au, bs, hn): ``温州市第十批援藏工作组组长`` → 温州市第十批援藏工作组
  组长 (and ``温州市第十一批援藏工作组`` for the next batch: two orgs as written); ``粤黔协作工作队望谟工作组组长`` → 粤黔协作工作队
  望谟工作组 组长; DECIDED HERE ``上海市第五批援青干部联络组玛多小组组长`` → 上海市第五批援青干部联络组玛多小组 组长 (the county
  小组 of the 援青 联络组, as written).
- 挂职 (au, fn): the local posts are holdings without ``（挂职）`` (``县委常委、副县长（挂职）`` → 望谟县委 常委 + 望谟县政府 副县长);
  ``惠东县农业农村局局长、挂任望谟县委常委、副县长赖志宏`` gives his home post and both posts he holds by 挂任, at the page's date;
  labels (``第六批援青干部``, ``援藏干部人才``) are no posts; a past 挂职 in a sentence (hv03 ``潘立航曾于2022年至2025年在嘉黎县
  挂职，任县委常务副书记``; hv07 ``结合在望谟挂职时的体会``) gives no line (au: no month, and the post is annotated where held).
- ``那曲市委常委、嘉黎县委书记`` → 那曲市委 常委 + 嘉黎县委 书记; ``县委常委、组织部部长`` → X县委 常委 + X县委组织部 部长;
  ``市委常委、统战部部长`` → 温州市委 常委 + 温州市委统战部 部长; ``区委组织部副部长`` → 黄浦区委组织部 副部长; ``外滩街道党工委
  书记`` → 黄浦区外滩街道党工委 书记; ``花石峡镇党委书记`` → 玛多县花石峡镇党委; ``蔗香镇党委书记`` → 望谟县蔗香镇党委.
  DECIDED HERE: ``县东西部协作工作领导小组办公室主任`` → 惠东县东西部协作工作领导小组办公室 主任 (the head of a standing 办公室 is
  a post, as a department's 局长).
- Events: a delegation's 考察 / a 调研 is an ``inspection`` led by its head (those who 随团考察 / 陪同考察 are attendees; who 介绍 /
  汇报 speakers); ``陪同考察或出席会议`` / ``…或出席座谈会`` makes the named hosts attendees of both events (au); the 座谈会 /
  联席会议 is a meeting of its own (chair when 主持; the two who sign a 结对 / 框架 agreement are attendees, the signing no event
  of its own, au); a 座谈会 ``在随后召开的`` with no date of its own takes the visit's dates (fn, ff); a 会见 is a ``meeting (会见)``
  without chair whose host, the delegation's head and those who 参加会见 are attendees (t, by). DECIDED HERE: a person who takes
  part ``通过视频连线`` and 汇报 / 介绍 is a speaker of the meeting, not an attendee (hv07 刘锦涛, hv10 沈子墨). A 推进会 /
  交流会 is a meeting (``出席会议并讲话`` attendee and speaker).
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``作者：`` in a site's or portal's stamp an author line; 编辑 /
  责任编辑 / 本版编辑 / 审核 / 二审 / 三审 editor lines. The reporter of both articles of the 惠州日报 page has a line in each.
- Projects: 援 / 协作 works named with a place or proper name: …建设项目 / 改扩建项目 / 教学楼项目 / 种植基地 / 养殖基地 / 就业帮扶车间 /
  深加工项目 / 展销中心 ``project``; the 协作 parks and their phases (温嘉牦牛产业园 (二期), 惠望共建产业园一期 / 二期)
  ``industrial_park``. DECIDED HERE (as dh): the host's standing industrial clusters visited (娄桥街道眼镜产业园, 吉隆镇鞋业产业园) are
  places (``zone_park``), not projects; 瓯海经济开发区 is a place written in full (经济开发区 is no long form CONVENTIONS folds).
  Agreements (结对帮扶协议, 框架协议) and brands (玛多藏羊, 嘉黎好物) are no projects.
- Places: one line per name per file, as written (温州 and 温州市, 嘉黎 and 嘉黎县, 惠东 and 惠东县, 黄浦 and 黄浦区 separate rows,
  as dh); places inside titles, org references and project names count; demonyms (望谟籍), one-character and paired short forms
  (来温, 温嘉, 惠望), site lines, mastheads, 来源 lines, footers and addresses, 相关文章 / 相关新闻 / 本版其他新闻 / 上一篇 / 下一篇
  are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

JL, WM, MD, HD = "嘉黎县", "望谟县", "玛多县", "惠东县"
OH, HP, WZ = "瓯海区", "黄浦区", "温州市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hv01_jiali.txt": (2022, "发布时间：2022-08-19 17:46", JL, [
        ("温州市党政代表团来嘉黎考察对口支援工作", "8月17日至18日", "2022-08-17", "8月17日至18日，温州市委常委",
         "receiving county site: the sending city's delegation 考察 and 座谈会; the 援藏 cadre as 县委常务副书记、温州市第十批援藏工作组组长; a 结对 agreement")]),
    "hv02_wenzhou.txt": (2023, "2023年06月15日　星期四", WZ, [
        ("嘉黎县党政代表团来温考察", "6月13日至14日", "2023-06-13", "本报讯（记者 金思岚）6月13日至14日",
         "sending city paper: the county's return visit; 市委副书记's 会见; the 援藏 cadre with the delegation")]),
    "hv03_ouhai.txt": (2025, "发布日期：2025-10-22 16:38", OH, [
        ("嘉黎县党政代表团来瓯海考察交流", "10月20日至21日", "2025-10-20", "10月20日至21日，嘉黎县委书记",
         "sending district site: former 县长 now 县委书记 leads the delegation; the 援藏 cadre back home as 区委常委、副区长; his successor")]),
    "hv04_wangmo.txt": (2021, "发布时间：2021-09-10 09:12", WM, [
        ("惠东县党政代表团到我县考察对接东西部协作工作", "9月8日至9日", "2021-09-08", "9月8日至9日，惠东县委书记",
         "receiving county site: 东西部协作 delegation 考察 and 联席会议; the 挂职 cadre as 县委常委、副县长（挂职）and 工作组组长")]),
    "hv05_huizhou.txt": (2022, "2022年11月18日　星期五", HD, [
        ("望谟县党政代表团来惠东考察东西部协作工作", "11月15日至16日", "2022-11-15", "本报讯（记者 叶嘉彤 通讯员 曾惠玲）11月15日",
         "sending city paper: the county's return visit; 会见 and 座谈会; the 挂职 cadre with his home post (挂任)"),
        ("惠东召开东西部协作劳务协作推进会", "11月17日", "2022-11-17", "本报讯（记者 叶嘉彤）11月17日",
         "sending county's 劳务协作 推进会 (副县长, 人社局局长)")]),
    "hv06_qianxinan.txt": (2024, "2024年04月12日　星期五", WM, [
        ("韦光明在望谟县调研东西部协作工作时强调", "4月10日", "2024-04-10", "本报讯（记者 王安平 通讯员 罗秀芬）4月10日",
         "receiving prefecture paper: former 县长 now 县委书记 调研 the 协作 projects; the next 挂职 cadre")]),
    "hv07_huidong.txt": (2025, "发布时间：2025-06-12 17:20", HD, [
        ("惠东县召开2025年东西部协作工作推进会", "6月11日", "2025-06-11", "6月11日，惠东县召开",
         "sending county site: 推进会 chaired by the former 挂职 cadre, now 常务副县长; the next cadre by video")]),
    "hv08_maduo.txt": (2023, "时间：2023-08-25 16:05", MD, [
        ("黄浦区党政代表团来玛多考察对口支援工作", "8月23日至24日", "2023-08-23", "8月23日至24日，上海市黄浦区委副书记",
         "receiving county site: the sending district's delegation 考察 and 座谈会; the 援青 cadre as 县委副书记、副县长 and 联络组玛多小组组长")]),
    "hv09_huangpu.txt": (2024, "2024-06-20 18:32", HP, [
        ("玛多县党政代表团来黄浦考察交流", "6月18日至19日", "2024-06-18", "6月18日至19日，青海省果洛州",
         "sending district portal: the county's return visit; 会见; 座谈会 with a street–town 结对 signing (杨秋林#2)")]),
    "hv10_huangpu.txt": (2025, "发布日期：2025-09-05", HP, [
        ("黄浦区召开对口支援工作交流会", "9月4日", "2025-09-04", "9月4日，黄浦区召开",
         "sending district site: 交流会 welcoming the 援青 cadres home (now 区发展改革委副主任); the 第六批 cadre by video")]),
}

_H01_PAN = "县委常务副书记、温州市第十批援藏工作组组长潘立航"
_H02_PAN = "嘉黎县委常务副书记、温州市第十批援藏工作组组长潘立航"
_H03_DAI = "嘉黎县委常务副书记、温州市第十一批援藏工作组组长戴景行"
_H04_LAI = "县委常委、副县长（挂职），粤黔协作工作队望谟工作组组长赖志宏"
_H05_LAI = "惠东县农业农村局局长、挂任望谟县委常委、副县长赖志宏"
_H06_LIU = "县委常委、副县长（挂职），粤黔协作工作队望谟工作组组长刘锦涛"
_H07_LIU = "粤黔协作工作队望谟工作组组长、望谟县委常委、副县长刘锦涛"
_H07_WU = "县农业农村局局长、县东西部协作工作领导小组办公室主任吴凌霄"
_H08_GU = "县委副书记、副县长，上海市第五批援青干部联络组玛多小组组长顾承远"
_GROUP_GU = "上海市第五批援青干部联络组玛多小组"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 温州 → 嘉黎 (援藏)
    "hv:林韵秋": ("林韵秋", "official", WZ, [
        ("hv01", "温州市委", "常委", "温州市委常委、统战部部长林韵秋率温州市党政代表团", "2022-08: leads the delegation"),
        ("hv01", "温州市委统战部", "部长", "温州市委常委、统战部部长林韵秋率温州市党政代表团", None),
        ("hv02", "温州市委", "常委", "市委常委、统战部部长林韵秋", "2023-06: the 温州日报's bare 市委 = 温州"),
        ("hv02", "温州市委统战部", "部长", "市委常委、统战部部长林韵秋", None)], []),
    "hv:叶建锋": ("叶建锋", "official", WZ, [
        ("hv01", "温州市政府", "副秘书长", "温州市政府副秘书长叶建锋", None),
        ("hv02", "温州市政府", "副秘书长", "市政府副秘书长叶建锋", None)], []),
    "hv:郑思远": ("郑思远", "official", OH, [
        ("hv01", "瓯海区委", "副书记", "瓯海区委副书记、区长郑思远随团考察", "2022-08 (identity case: 区委书记 in 2025, hv03)"),
        ("hv01", "瓯海区政府", "区长", "瓯海区委副书记、区长郑思远随团考察", None),
        ("hv02", "瓯海区委", "副书记", "瓯海区委副书记、区长郑思远参加会见", "2023-06"),
        ("hv02", "瓯海区政府", "区长", "瓯海区委副书记、区长郑思远参加会见", None),
        ("hv03", "瓯海区委", "书记", "区委书记郑思远会见代表团一行", "2025-10: bare 区委 on the 瓯海 site")], []),
    "hv:潘立航": ("潘立航", "official", JL, [
        ("hv01", "嘉黎县委", "常务副书记", _H01_PAN, "2022-08, 援藏; DECIDED HERE: 县委常务副书记 → 县委 常务副书记 (identity case: 瓯海区 副区长 in 2025, hv03)"),
        ("hv01", "温州市第十批援藏工作组", "组长", _H01_PAN, "the front group's role is a post of the group (au, bs, hn)"),
        ("hv02", "嘉黎县委", "常务副书记", _H02_PAN, "2023-06: in the sending city's paper"),
        ("hv02", "温州市第十批援藏工作组", "组长", _H02_PAN, None),
        ("hv03", "瓯海区委", "常委", "区委常委、副区长潘立航陪同考察", "2025-10: back home; the 曾于2022年至2025年 挂职 sentence gives no line (au)"),
        ("hv03", "瓯海区政府", "副区长", "区委常委、副区长潘立航陪同考察", None)], []),
    "hv:罗建川": ("罗建川", "official", JL, [
        ("hv01", "嘉黎县委", "书记", "县委书记罗建川", "2022-08"),
        ("hv02", "那曲市委", "常委", "那曲市委常委、嘉黎县委书记罗建川", "2023-06: now also 那曲市委常委"),
        ("hv02", "嘉黎县委", "书记", "那曲市委常委、嘉黎县委书记罗建川", None)], []),
    "hv:尼玛顿珠": ("尼玛顿珠", "official", JL, [
        ("hv01", "嘉黎县委", "副书记", "县委副书记、县长尼玛顿珠", "2022-08 (identity case: 县委书记 in 2025, hv03)"),
        ("hv01", "嘉黎县政府", "县长", "县委副书记、县长尼玛顿珠", None),
        ("hv03", "嘉黎县委", "书记", "嘉黎县委书记尼玛顿珠率嘉黎县党政代表团", "2025-10: now 县委书记")], []),
    "hv:拉巴卓嘎": ("拉巴卓嘎", "official", JL, [
        ("hv01", "嘉黎县委", "常委", "县委常委、组织部部长拉巴卓嘎", None),
        ("hv01", "嘉黎县委组织部", "部长", "县委常委、组织部部长拉巴卓嘎", None)], []),
    "hv:多吉平措": ("多吉平措", "official", JL, [
        ("hv01", "嘉黎县农业农村局", "局长", "县农业农村局局长多吉平措", "bare 县农业农村局 = 嘉黎's here")], []),
    "hv:韩立中": ("韩立中", "official", WZ, [
        ("hv02", "温州市委", "副书记", "市委副书记韩立中会见代表团一行", "named in the subtitle too")], []),
    "hv:戴景行": ("戴景行", "official", JL, [
        ("hv03", "嘉黎县委", "常务副书记", _H03_DAI, "2025-10: 潘立航's successor"),
        ("hv03", "温州市第十一批援藏工作组", "组长", _H03_DAI, "the next batch: a group of its own, as written")], []),
    "hv:方海宁": ("方海宁", "official", OH, [
        ("hv03", "瓯海区商务局", "局长", "区商务局局长方海宁", None)], []),
    # ---- 惠东 → 望谟 (东西部协作)
    "hv:钟汉林": ("钟汉林", "official", HD, [
        ("hv04", "惠东县委", "书记", "惠东县委书记钟汉林率惠东县党政代表团", "2021-09"),
        ("hv05", "惠东县委", "书记", "惠东县委书记钟汉林", "2022-11")], []),
    "hv:曾少峰": ("曾少峰", "official", HD, [
        ("hv04", "惠东县委", "常委", "惠东县委常委、常务副县长曾少峰", None),
        ("hv04", "惠东县政府", "常务副县长", "惠东县委常委、常务副县长曾少峰", None)], []),
    "hv:吴国栋": ("吴国栋", "official", WM, [
        ("hv04", "望谟县委", "书记", "县委书记吴国栋", None)], []),
    "hv:韦光明": ("韦光明", "official", WM, [
        ("hv04", "望谟县委", "副书记", "县委副书记、县长韦光明", "2021-09 (identity case: 县委书记 in 2024, hv06)"),
        ("hv04", "望谟县政府", "县长", "县委副书记、县长韦光明", None),
        ("hv05", "望谟县委", "副书记", "贵州省望谟县委副书记、县长韦光明率", "2022-11: leads the return visit"),
        ("hv05", "望谟县政府", "县长", "贵州省望谟县委副书记、县长韦光明率", None),
        ("hv06", "望谟县委", "书记", "望谟县委书记韦光明深入蔗香镇", "2024-04: now 县委书记; named in the headline too")], []),
    "hv:赖志宏": ("赖志宏", "official", HD, [
        ("hv04", "望谟县委", "常委", _H04_LAI, "2021-09, 挂职: 县委常委、副县长（挂职） → posts without （挂职） (au)"),
        ("hv04", "望谟县政府", "副县长", _H04_LAI, None),
        ("hv04", "粤黔协作工作队望谟工作组", "组长", _H04_LAI, "the front group's role (au)"),
        ("hv05", "惠东县农业农村局", "局长", _H05_LAI, "2022-11: his home post (fn: 挂任 gives both)"),
        ("hv05", "望谟县委", "常委", _H05_LAI, None),
        ("hv05", "望谟县政府", "副县长", _H05_LAI, None),
        ("hv07", "惠东县委", "常委", "县委常委、常务副县长赖志宏主持会议", "2025-06: back home, promoted; the 挂职 sentence gives no line"),
        ("hv07", "惠东县政府", "常务副县长", "县委常委、常务副县长赖志宏主持会议", None)], []),
    "hv:杨秋林#1": ("杨秋林", "official", WM, [
        ("hv04", "望谟县政府", "副县长", "副县长杨秋林陪同考察或出席会议", "望谟县 (贵州), 2021; not the 杨秋林 of 上海 黄浦 (hv09)")], []),
    "hv:黄梓浩": ("黄梓浩", "official", HD, [
        ("hv05", "惠东县委", "副书记", "县委副书记、县长黄梓浩会见代表团一行", "bare chain after 惠东县委书记 in the same sentence = 惠东"),
        ("hv05", "惠东县政府", "县长", "县委副书记、县长黄梓浩会见代表团一行", None),
        ("hv07", "惠东县委", "副书记", "县委副书记、县长黄梓浩出席会议并讲话", "2025-06"),
        ("hv07", "惠东县政府", "县长", "县委副书记、县长黄梓浩出席会议并讲话", None)], []),
    "hv:陈锦辉": ("陈锦辉", "official", HD, [
        ("hv05", "惠东县政府", "副县长", "副县长陈锦辉出席会议并讲话", "article 2: ``惠东县召开`` just before")], []),
    "hv:朱晓蕾": ("朱晓蕾", "official", HD, [
        ("hv05", "惠东县人力资源和社会保障局", "局长", "县人力资源和社会保障局局长朱晓蕾", "2022-11"),
        ("hv07", "惠东县人力资源和社会保障局", "局长", "县人力资源和社会保障局局长朱晓蕾", "2025-06")], []),
    "hv:岑德华": ("岑德华", "official", WM, [
        ("hv06", "望谟县委", "副书记", "县委副书记、县长岑德华", "韦光明's successor as 县长"),
        ("hv06", "望谟县政府", "县长", "县委副书记、县长岑德华", None)], []),
    "hv:刘锦涛": ("刘锦涛", "official", WM, [
        ("hv06", "望谟县委", "常委", _H06_LIU, "2024-04: the next 挂职 cadre"),
        ("hv06", "望谟县政府", "副县长", _H06_LIU, None),
        ("hv06", "粤黔协作工作队望谟工作组", "组长", _H06_LIU, None),
        ("hv07", "粤黔协作工作队望谟工作组", "组长", _H07_LIU, "2025-06 on the 惠东 site, written with 望谟县"),
        ("hv07", "望谟县委", "常委", _H07_LIU, None),
        ("hv07", "望谟县政府", "副县长", _H07_LIU, None)], []),
    "hv:蒙启鸿": ("蒙启鸿", "official", WM, [
        ("hv06", "望谟县蔗香镇党委", "书记", "蔗香镇党委书记蒙启鸿", None)], []),
    "hv:王德福": ("王德福", "official", WM, [
        ("hv06", "望谟县农业农村局", "局长", "县农业农村局局长王德福", "bare 县农业农村局 = 望谟's here")], []),
    "hv:吴凌霄": ("吴凌霄", "official", HD, [
        ("hv07", "惠东县农业农村局", "局长", _H07_WU, "bare 县农业农村局 = 惠东's here"),
        ("hv07", "惠东县东西部协作工作领导小组办公室", "主任", _H07_WU, "DECIDED HERE: the head of a standing 办公室 is a post")], []),
    # ---- 黄浦 → 玛多 (援青)
    "hv:丁一鸣": ("丁一鸣", "official", HP, [
        ("hv08", "黄浦区委", "副书记", "上海市黄浦区委副书记、区长丁一鸣率", "2023-08: leads the delegation"),
        ("hv08", "黄浦区政府", "区长", "上海市黄浦区委副书记、区长丁一鸣率", None),
        ("hv09", "黄浦区委", "副书记", "区委副书记、区长丁一鸣陪同考察", "2024-06"),
        ("hv09", "黄浦区政府", "区长", "区委副书记、区长丁一鸣陪同考察", None)], []),
    "hv:俞佳雯": ("俞佳雯", "official", HP, [
        ("hv08", "黄浦区委", "常委", "黄浦区委常委、组织部部长俞佳雯", "2023-08 (identity case: 区委副书记 in 2025, hv10)"),
        ("hv08", "黄浦区委组织部", "部长", "黄浦区委常委、组织部部长俞佳雯", None),
        ("hv10", "黄浦区委", "副书记", "区委副书记俞佳雯出席会议并讲话", "2025-09")], []),
    "hv:马德昌": ("马德昌", "official", MD, [
        ("hv08", "玛多县委", "书记", "县委书记马德昌", "2023-08"),
        ("hv09", "玛多县委", "书记", "青海省果洛州玛多县委书记马德昌率", "2024-06: leads the return visit")], []),
    "hv:才让扎西": ("才让扎西", "official", MD, [
        ("hv08", "玛多县委", "副书记", "县委副书记、县长才让扎西", None),
        ("hv08", "玛多县政府", "县长", "县委副书记、县长才让扎西", None)], []),
    "hv:顾承远": ("顾承远", "official", MD, [
        ("hv08", "玛多县委", "副书记", _H08_GU, "2023-08, 援青 (identity case: 黄浦区发展改革委副主任 in 2025, hv10)"),
        ("hv08", "玛多县政府", "副县长", _H08_GU, None),
        ("hv08", _GROUP_GU, "组长", _H08_GU, "DECIDED HERE: the 联络组's county 小组 as written"),
        ("hv09", "玛多县委", "副书记", "玛多县委副书记、副县长顾承远随团考察", "2024-06: on the sending district's portal"),
        ("hv09", "玛多县政府", "副县长", "玛多县委副书记、副县长顾承远随团考察", None),
        ("hv10", "黄浦区发展改革委", "副主任", "区发展改革委副主任顾承远", "2025-09: back home")], []),
    "hv:桑杰加": ("桑杰加", "official", MD, [
        ("hv08", "玛多县农业农村局", "局长", "县农业农村局局长桑杰加", "bare 县农业农村局 = 玛多's here")], []),
    "hv:沈建群": ("沈建群", "official", HP, [
        ("hv09", "黄浦区委", "书记", "区委书记沈建群会见代表团一行", None)], []),
    "hv:杨秋林#2": ("杨秋林", "official", HP, [
        ("hv09", "黄浦区外滩街道党工委", "书记", "外滩街道党工委书记杨秋林", "上海 黄浦, 2024; not the 杨秋林 of 望谟县 (hv04)")], []),
    "hv:索南旦增": ("索南旦增", "official", MD, [
        ("hv09", "玛多县花石峡镇党委", "书记", "玛多县花石峡镇党委书记索南旦增", None)], []),
    "hv:陈亦舟": ("陈亦舟", "official", HP, [
        ("hv10", "黄浦区政府", "副区长", "副区长陈亦舟主持会议", None)], []),
    "hv:沈子墨": ("沈子墨", "official", MD, [
        ("hv10", "玛多县委", "副书记", "玛多县委副书记、副县长（挂职）沈子墨", "2025-09: the 第六批 援青 cadre; ``第六批援青干部`` is no post"),
        ("hv10", "玛多县政府", "副县长", "玛多县委副书记、副县长（挂职）沈子墨", None)], []),
    "hv:郑雨晴": ("郑雨晴", "official", HP, [
        ("hv10", "黄浦区委组织部", "副部长", "区委组织部副部长郑雨晴", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hv01", "白玛曲宗", "责任编辑", "editor", "责任编辑：白玛曲宗"),
    ("hv02", "金思岚", "记者", "reporter", "本报讯（记者 金思岚）"),
    ("hv02", "徐梦洁", "责任编辑", "editor", "责任编辑：徐梦洁"),
    ("hv03", "林一帆", "编辑", "editor", "编辑：林一帆"),
    ("hv03", "胡建英", "审核", "editor", "审核：胡建英"),
    ("hv04", "罗小芸", "作者", "author", "作者：罗小芸"),
    ("hv04", "黄德秀", "编辑", "editor", "编辑：黄德秀"),
    ("hv04", "李国强", "二审", "editor", "二审：李国强"),
    ("hv04", "王明远", "三审", "editor", "三审：王明远"),
    ("hv05", "叶嘉彤", "记者", "reporter", "本报讯（记者 叶嘉彤 通讯员 曾惠玲）"),
    ("hv05", "曾惠玲", "通讯员", "correspondent", "本报讯（记者 叶嘉彤 通讯员 曾惠玲）"),
    ("hv05", "张静怡", "本版编辑", "editor", "本版编辑：张静怡"),
    ("hv06", "王安平", "记者", "reporter", "本报讯（记者 王安平 通讯员 罗秀芬）"),
    ("hv06", "罗秀芬", "通讯员", "correspondent", "本报讯（记者 王安平 通讯员 罗秀芬）"),
    ("hv06", "韦雪梅", "责任编辑", "editor", "责任编辑：韦雪梅"),
    ("hv07", "黄颖琪", "责任编辑", "editor", "责任编辑：黄颖琪"),
    ("hv08", "吉毛措", "编辑", "editor", "编辑：吉毛措"),
    ("hv08", "张国庆", "审核", "editor", "审核：张国庆"),
    ("hv09", "吴若彤", "作者", "author", "作者：吴若彤"),
    ("hv09", "陆一舟", "编辑", "editor", "编辑：陆一舟"),
    ("hv10", "孙雯", "责任编辑", "editor", "责任编辑：孙雯"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("hv05", "叶嘉彤"): "本报讯（记者 叶嘉彤）",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("hv01", "温州市党政代表团嘉黎县对口支援工作考察", "inspection (考察)", "8月17日至18日", None, "林韵秋", [],
     ["叶建锋", "郑思远", "罗建川", "尼玛顿珠", "潘立航", "拉巴卓嘎"], ["多吉平措"], "嘉黎县",
     "温州市委常委、统战部部长林韵秋率温州市党政代表团来我县考察对口支援工作",
     ["统战部部长林韵秋率温州市党政代表团来我县", "区长郑思远随团考察", "组织部部长拉巴卓嘎陪同考察或出席座谈会",
      "县农业农村局局长多吉平措介绍了"]),
    ("hv01", "温州市—嘉黎县对口支援工作座谈会", "meeting (座谈会)", "18日上午", "罗建川", None, [],
     ["尼玛顿珠", "潘立航", "拉巴卓嘎", "郑思远"], ["罗建川", "尼玛顿珠", "潘立航", "林韵秋"], "嘉黎县",
     "18日上午，温州市—嘉黎县对口支援工作座谈会召开",
     ["组织部部长拉巴卓嘎陪同考察或出席座谈会", "罗建川主持座谈会", "尼玛顿珠通报了", "潘立航代表温州市第十批援藏工作组汇报了",
      "林韵秋指出", "郑思远与尼玛顿珠分别代表瓯海区和嘉黎县签订了结对帮扶协议"]),
    ("hv02", "嘉黎县党政代表团温州考察", "inspection (考察)", "6月13日至14日", None, "罗建川", [],
     ["潘立航", "林韵秋"], ["潘立航"], "温州",
     "那曲市委常委、嘉黎县委书记罗建川率嘉黎县党政代表团来温考察",
     ["嘉黎县委书记罗建川率嘉黎县党政代表团来温考察", "潘立航随团考察", "潘立航介绍了", "林韵秋陪同考察"]),
    ("hv02", "韩立中会见嘉黎县党政代表团", "meeting (会见)", "6月13日至14日", None, None, [],
     ["韩立中", "罗建川", "林韵秋", "叶建锋", "郑思远"], ["韩立中", "罗建川"], "温州",
     "市委副书记韩立中会见代表团一行",
     ["市委副书记韩立中会见代表团一行", "区长郑思远参加会见", "韩立中对代表团一行来温表示欢迎", "罗建川感谢温州"]),
    ("hv03", "嘉黎县党政代表团瓯海考察交流", "inspection (考察)", "10月20日至21日", None, "尼玛顿珠", [],
     ["潘立航", "戴景行"], [], "瓯海区",
     "嘉黎县委书记尼玛顿珠率嘉黎县党政代表团来我区考察交流",
     ["嘉黎县委书记尼玛顿珠率嘉黎县党政代表团来我区考察交流", "副区长潘立航陪同考察", "戴景行随团考察"]),
    ("hv03", "郑思远会见嘉黎县党政代表团", "meeting (会见)", "10月20日至21日", None, None, [],
     ["郑思远", "尼玛顿珠"], [], "瓯海区",
     "区委书记郑思远会见代表团一行",
     ["区委书记郑思远会见代表团一行"]),
    ("hv03", "瓯海—嘉黎结对帮扶工作座谈会", "meeting (座谈会)", "10月20日至21日", None, None, [],
     [], ["方海宁", "郑思远", "尼玛顿珠", "戴景行"], "瓯海区",
     "在随后召开的瓯海—嘉黎结对帮扶工作座谈会上",
     ["区商务局局长方海宁介绍了", "郑思远表示", "尼玛顿珠感谢瓯海", "戴景行汇报了"]),
    ("hv04", "惠东县党政代表团望谟县东西部协作考察", "inspection (考察)", "9月8日至9日", None, "钟汉林", [],
     ["曾少峰", "吴国栋", "韦光明", "赖志宏", "杨秋林"], ["杨秋林"], "望谟县",
     "惠东县委书记钟汉林率惠东县党政代表团到我县考察对接东西部协作工作",
     ["惠东县委书记钟汉林率惠东县党政代表团到我县", "常务副县长曾少峰随团考察", "副县长杨秋林陪同考察或出席会议", "杨秋林介绍了"]),
    ("hv04", "惠东县—望谟县东西部协作联席会议", "meeting (联席会议)", "9日上午", "吴国栋", None, [],
     ["韦光明", "赖志宏", "杨秋林", "曾少峰"], ["吴国栋", "韦光明", "赖志宏", "钟汉林"], "望谟县",
     "9日上午，惠东县—望谟县东西部协作联席会议召开",
     ["副县长杨秋林陪同考察或出席会议", "吴国栋主持会议并致辞", "韦光明介绍了", "赖志宏汇报了", "钟汉林表示",
      "曾少峰与韦光明分别代表两县签订"]),
    ("hv05", "望谟县党政代表团惠东县东西部协作考察", "inspection (考察)", "11月15日至16日", None, "韦光明", [],
     ["赖志宏"], [], "惠东县",
     "贵州省望谟县委副书记、县长韦光明率望谟县党政代表团来惠东县考察东西部协作工作",
     ["县长韦光明率望谟县党政代表团来惠东县考察", "赖志宏随团考察"]),
    ("hv05", "钟汉林、黄梓浩会见望谟县党政代表团", "meeting (会见)", "11月15日至16日", None, None, [],
     ["钟汉林", "黄梓浩", "韦光明"], [], "惠东县",
     "惠东县委书记钟汉林，县委副书记、县长黄梓浩会见代表团一行",
     ["惠东县委书记钟汉林，县委副书记、县长黄梓浩会见代表团一行", "县长韦光明率望谟县党政代表团"]),
    ("hv05", "惠东县—望谟县东西部协作座谈会", "meeting (座谈会)", "11月15日至16日", None, None, [],
     [], ["黄梓浩", "赖志宏", "韦光明", "钟汉林"], "惠东县",
     "在随后召开的座谈会上，黄梓浩介绍了惠东县经济社会发展情况",
     ["黄梓浩介绍了", "赖志宏汇报了", "韦光明表示", "钟汉林强调"]),
    ("hv05", "惠东县东西部协作劳务协作推进会", "meeting (推进会)", "11月17日", None, None, ["惠东县"],
     ["陈锦辉"], ["陈锦辉", "朱晓蕾"], None,
     "11月17日，惠东县召开东西部协作劳务协作推进会",
     ["副县长陈锦辉出席会议并讲话", "朱晓蕾通报了", "陈锦辉要求"]),
    ("hv06", "望谟县东西部协作项目建设和劳务协作调研", "inspection (调研)", "4月10日", None, "韦光明", [],
     ["岑德华", "刘锦涛"], ["刘锦涛", "蒙启鸿", "王德福", "韦光明", "岑德华"], "蔗香镇、新屯街道",
     "望谟县委书记韦光明深入蔗香镇、新屯街道，调研东西部协作项目建设和劳务协作工作",
     ["望谟县委书记韦光明深入蔗香镇", "组长刘锦涛陪同调研", "刘锦涛介绍了", "蔗香镇党委书记蒙启鸿汇报了", "王德福介绍了",
      "韦光明强调", "岑德华表示"]),
    ("hv07", "惠东县2025年东西部协作工作推进会", "meeting (推进会)", "6月11日", "赖志宏", None, ["惠东县"],
     ["黄梓浩"], ["吴凌霄", "朱晓蕾", "刘锦涛", "黄梓浩", "赖志宏"], None,
     "6月11日，惠东县召开2025年东西部协作工作推进会",
     ["县长黄梓浩出席会议并讲话", "常务副县长赖志宏主持会议", "吴凌霄通报了", "朱晓蕾汇报了", "刘锦涛通过视频连线", "黄梓浩指出",
      "赖志宏结合在望谟挂职时的体会，要求"]),
    ("hv08", "黄浦区党政代表团玛多县对口支援工作考察", "inspection (考察)", "8月23日至24日", None, "丁一鸣", [],
     ["俞佳雯", "马德昌", "才让扎西", "顾承远"], ["桑杰加"], "玛多县",
     "上海市黄浦区委副书记、区长丁一鸣率黄浦区党政代表团来我县考察对口支援工作",
     ["区长丁一鸣率黄浦区党政代表团来我县", "组织部部长俞佳雯随团考察", "组长顾承远陪同考察", "县农业农村局局长桑杰加介绍了"]),
    ("hv08", "黄浦区—玛多县对口支援工作座谈会", "meeting (座谈会)", "8月23日至24日", None, None, [],
     [], ["马德昌", "才让扎西", "顾承远", "丁一鸣", "俞佳雯"], "玛多县",
     "在随后召开的黄浦区—玛多县对口支援工作座谈会上",
     ["马德昌介绍了", "才让扎西通报了", "顾承远汇报了", "丁一鸣指出", "俞佳雯就援青干部人才的管理服务"]),
    ("hv09", "玛多县党政代表团黄浦考察交流", "inspection (考察)", "6月18日至19日", None, "马德昌", [],
     ["丁一鸣", "顾承远"], [], "黄浦区",
     "青海省果洛州玛多县委书记马德昌率玛多县党政代表团来黄浦考察交流",
     ["玛多县委书记马德昌率玛多县党政代表团来黄浦考察交流", "区长丁一鸣陪同考察并出席座谈会", "顾承远随团考察"]),
    ("hv09", "沈建群会见玛多县党政代表团", "meeting (会见)", "6月18日至19日", None, None, [],
     ["沈建群", "马德昌"], [], "黄浦区",
     "区委书记沈建群会见代表团一行",
     ["区委书记沈建群会见代表团一行"]),
    ("hv09", "黄浦区—玛多县对口支援工作座谈会", "meeting (座谈会)", "6月18日至19日", None, None, [],
     ["丁一鸣", "杨秋林", "索南旦增"], ["丁一鸣", "马德昌", "顾承远"], "黄浦区",
     "在黄浦区—玛多县对口支援工作座谈会上",
     ["区长丁一鸣陪同考察并出席座谈会", "丁一鸣表示", "马德昌介绍了", "顾承远汇报了",
      "外滩街道党工委书记杨秋林与玛多县花石峡镇党委书记索南旦增签订了街镇结对帮扶协议"]),
    ("hv10", "黄浦区对口支援和东西部协作工作交流会", "meeting (交流会)", "9月4日", "陈亦舟", None, ["黄浦区"],
     ["俞佳雯"], ["顾承远", "沈子墨", "郑雨晴", "俞佳雯", "陈亦舟"], None,
     "9月4日，黄浦区召开对口支援和东西部协作工作交流会",
     ["区委副书记俞佳雯出席会议并讲话", "副区长陈亦舟主持会议", "顾承远代表第五批援青干部作交流发言", "沈子墨通过视频连线介绍了",
      "郑雨晴宣读了", "俞佳雯指出", "陈亦舟就做好新一轮对口支援项目储备"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hv01", "嘉黎县人民医院综合住院楼改扩建项目", "project", "嘉黎县人民医院综合住院楼改扩建项目"),
    ("hv01", "阿扎镇温嘉牦牛产业园", "industrial_park", "阿扎镇温嘉牦牛产业园和忠玉乡"),
    ("hv01", "温嘉牦牛产业园二期", "industrial_park", "加快推进温嘉牦牛产业园二期建设"),
    ("hv02", "温嘉牦牛产业园二期", "industrial_park", "全力推进温嘉牦牛产业园二期等项目建设"),
    ("hv02", "瓯海区温嘉援藏产品展销中心", "project", "瓯海区温嘉援藏产品展销中心"),
    ("hv03", "瓯海区温嘉援藏产品展销中心", "project", "瓯海区温嘉援藏产品展销中心"),
    ("hv04", "蔗香镇惠望柠檬种植基地", "project", "蔗香镇惠望柠檬种植基地"),
    ("hv04", "望谟县惠望就业帮扶车间", "project", "望谟县惠望就业帮扶车间"),
    ("hv04", "惠望共建产业园一期", "industrial_park", "推动惠望共建产业园一期年内开工"),
    ("hv05", "惠东县黔货进惠展销中心", "project", "惠东县黔货进惠展销中心"),
    ("hv05", "惠望共建产业园一期", "industrial_park", "推动惠望共建产业园一期尽快投产"),
    ("hv06", "惠望共建产业园一期", "industrial_park", "在新屯街道惠望共建产业园一期"),
    ("hv06", "蔗香镇惠望柠檬种植基地", "project", "在蔗香镇惠望柠檬种植基地"),
    ("hv06", "望谟青柠檬深加工项目", "project", "望谟青柠檬深加工项目"),
    ("hv06", "惠望共建产业园二期", "industrial_park", "加快惠望共建产业园二期建设"),
    ("hv07", "惠望共建产业园二期", "industrial_park", "介绍了惠望共建产业园二期建设进展"),
    ("hv08", "玛多县人民医院急救中心建设项目", "project", "玛多县人民医院急救中心建设项目"),
    ("hv08", "玛多县民族寄宿制小学综合教学楼项目", "project", "玛多县民族寄宿制小学综合教学楼项目"),
    ("hv08", "黄河乡藏羊养殖基地", "project", "黄河乡藏羊养殖基地"),
    ("hv09", "黄浦区玛多特色产品展销中心", "project", "黄浦区玛多特色产品展销中心"),
    ("hv10", "玛多县人民医院急救中心", "project", "推动玛多县人民医院急救中心等一批项目建成投用"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hv01", "温州市", "city", "in_title", "温州市委常委、统战部部长林韵秋率温州市党政代表团"),
    ("hv01", "温州", "city", "standalone", "看望慰问温州援藏干部人才"),
    ("hv01", "瓯海区", "district", "in_title", "瓯海区委副书记、区长郑思远随团考察"),
    ("hv01", "嘉黎县", "county", "standalone", "介绍了嘉黎县经济社会发展情况"),
    ("hv01", "嘉黎", "county", "standalone", "为嘉黎长治久安和高质量发展多作贡献"),
    ("hv01", "阿扎镇", "town", "in_project_name", "阿扎镇温嘉牦牛产业园和忠玉乡"),
    ("hv01", "忠玉乡", "township", "standalone", "阿扎镇温嘉牦牛产业园和忠玉乡"),
    ("hv01", "西藏", "province", "standalone", "对口支援西藏是党中央交给温州的重大政治任务"),
    ("hv02", "那曲市", "city", "in_title", "那曲市委常委、嘉黎县委书记罗建川"),
    ("hv02", "嘉黎县", "county", "standalone", "率嘉黎县党政代表团来温考察"),
    ("hv02", "嘉黎", "county", "standalone", "温州对口支援嘉黎已近三十年"),
    ("hv02", "温州市", "city", "in_org_reference", _H02_PAN),
    ("hv02", "温州", "city", "standalone", "温州对口支援嘉黎已近三十年"),
    ("hv02", "瓯海区", "district", "in_title", "瓯海区委副书记、区长郑思远参加会见"),
    ("hv02", "鹿城区", "district", "standalone", "鹿城区五马街区和温州经开区"),
    ("hv02", "五马街区", "street_block", "standalone", "鹿城区五马街区和温州经开区"),
    ("hv02", "温州经开区", "development_zone", "standalone", "鹿城区五马街区和温州经开区"),
    ("hv03", "嘉黎县", "county", "in_title", "嘉黎县委书记尼玛顿珠率嘉黎县党政代表团"),
    ("hv03", "瓯海", "district", "standalone", "深化瓯海—嘉黎结对帮扶工作"),
    ("hv03", "嘉黎", "county", "standalone", "深化瓯海—嘉黎结对帮扶工作"),
    ("hv03", "温州市", "city", "in_org_reference", _H03_DAI),
    ("hv03", "瓯海区", "district", "in_project_name", "瓯海区温嘉援藏产品展销中心"),
    ("hv03", "娄桥街道", "sub_district_office", "standalone", "娄桥街道眼镜产业园和瓯海经济开发区"),
    ("hv03", "娄桥街道眼镜产业园", "zone_park", "standalone", "娄桥街道眼镜产业园和瓯海经济开发区"),
    ("hv03", "瓯海经济开发区", "development_zone", "standalone", "娄桥街道眼镜产业园和瓯海经济开发区"),
    ("hv04", "惠东县", "county", "in_title", "惠东县委书记钟汉林率惠东县党政代表团"),
    ("hv04", "惠东", "county", "standalone", "惠东将坚决扛起东西部协作政治责任"),
    ("hv04", "望谟县", "county", "standalone", "介绍了望谟县经济社会发展"),
    ("hv04", "蔗香镇", "town", "standalone", "在蔗香镇，杨秋林介绍了"),
    ("hv04", "望谟港", "port", "standalone", "望谟县惠望就业帮扶车间和望谟港"),
    ("hv05", "贵州省", "province", "in_title", "贵州省望谟县委副书记、县长韦光明率"),
    ("hv05", "望谟县", "county", "in_title", "贵州省望谟县委副书记、县长韦光明率"),
    ("hv05", "望谟", "county", "standalone", "望谟将珍惜协作机遇"),
    ("hv05", "惠东县", "county", "standalone", "率望谟县党政代表团来惠东县考察"),
    ("hv05", "惠东", "county", "standalone", "惠东义不容辞的政治责任"),
    ("hv05", "吉隆镇", "town", "standalone", "吉隆镇鞋业产业园、惠东县黔货进惠展销中心和稔山镇"),
    ("hv05", "吉隆镇鞋业产业园", "zone_park", "standalone", "吉隆镇鞋业产业园、惠东县黔货进惠展销中心和稔山镇"),
    ("hv05", "稔山镇", "town", "standalone", "吉隆镇鞋业产业园、惠东县黔货进惠展销中心和稔山镇"),
    ("hv06", "望谟县", "county", "in_title", "望谟县委书记韦光明深入蔗香镇"),
    ("hv06", "蔗香镇", "town", "standalone", "深入蔗香镇、新屯街道"),
    ("hv06", "新屯街道", "sub_district_office", "standalone", "深入蔗香镇、新屯街道"),
    ("hv06", "惠东", "county", "standalone", "要珍惜惠东的真情帮扶"),
    ("hv06", "望谟", "county", "in_project_name", "望谟青柠檬深加工项目"),
    ("hv07", "惠东县", "county", "standalone", "惠东县召开2025年东西部协作工作推进会，总结"),
    ("hv07", "惠东", "county", "standalone", "总结去年以来惠东—望谟东西部协作工作"),
    ("hv07", "望谟", "county", "standalone", "总结去年以来惠东—望谟东西部协作工作"),
    ("hv07", "望谟县", "county", "in_title", _H07_LIU),
    ("hv08", "上海市", "province", "in_title", "上海市黄浦区委副书记、区长丁一鸣率"),
    ("hv08", "黄浦区", "district", "in_title", "上海市黄浦区委副书记、区长丁一鸣率"),
    ("hv08", "玛多县", "county", "standalone", "介绍了玛多县经济社会发展情况"),
    ("hv08", "玛多", "county", "standalone", "黄浦区对口支援玛多已有十三年"),
    ("hv08", "黄河乡", "township", "standalone", "在黄河乡，县农业农村局局长"),
    ("hv08", "上海", "province", "standalone", "更多进入上海市场"),
    ("hv09", "青海省", "province", "in_title", "青海省果洛州玛多县委书记马德昌率"),
    ("hv09", "果洛州", "prefecture", "in_title", "青海省果洛州玛多县委书记马德昌率"),
    ("hv09", "玛多县", "county", "in_title", "青海省果洛州玛多县委书记马德昌率"),
    ("hv09", "黄浦", "district", "standalone", "率玛多县党政代表团来黄浦考察交流"),
    ("hv09", "外滩街道", "sub_district_office", "standalone", "先后来到外滩街道社区党群服务中心"),
    ("hv09", "豫园街道", "sub_district_office", "standalone", "展销中心和豫园街道"),
    ("hv09", "黄浦区", "district", "standalone", "在黄浦区—玛多县对口支援工作座谈会上"),
    ("hv09", "玛多", "county", "standalone", "让“黄浦—玛多”结对之情历久弥新"),
    ("hv09", "花石峡镇", "town", "in_title", "玛多县花石峡镇党委书记索南旦增"),
    ("hv10", "黄浦区", "district", "standalone", "黄浦区召开对口支援和东西部协作工作交流会"),
    ("hv10", "黄浦", "district", "standalone", "援青工作是黄浦义不容辞的政治责任"),
    ("hv10", "玛多", "county", "standalone", "回顾了三年来在玛多推进援青项目"),
    ("hv10", "玛多县", "county", "in_title", "玛多县委副书记、副县长（挂职）沈子墨"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hv", conventions="set hv (blind set: cadres sent across provinces, seen on the receiving county's and the sending city's pages — 温州市 (瓯海区) → 那曲市嘉黎县 (援藏), 惠东县 → 望谟县 (粤黔 东西部协作), 上海市黄浦区 → 果洛州玛多县 (援青): the front groups' roles are posts of the group as written (温州市第十批援藏工作组 组长, 粤黔协作工作队望谟工作组 组长, 上海市第五批援青干部联络组玛多小组 组长); 挂职 posts are posts without （挂职）, 挂任 gives the home post and the posts held; 县委常务副书记 → 县委 常务副书记; past 挂职 sentences and 援X干部 labels give no line; a 会见 is a meeting; video participants are speakers; one line per post per article)",
          persons_note="Set hv persons. id = corpus-wide person_id (hv:杨秋林#1 望谟县副县长 (贵州, 2021) and hv:杨秋林#2 上海市黄浦区外滩街道党工委书记 (2024) are two people; hv:潘立航 嘉黎县委常务副书记、温州市第十批援藏工作组组长 2022–2023 → 瓯海区委常委、副区长 2025; hv:赖志宏 望谟县委常委、副县长（挂职）2021 → 惠东县农业农村局局长、挂任望谟 2022 → 惠东县委常委、常务副县长 2025; hv:顾承远 玛多县委副书记、副县长 (援青) 2023–2024 → 黄浦区发展改革委副主任 2025; hv:尼玛顿珠 嘉黎县长 2022 → 县委书记 2025; hv:韦光明 望谟县长 2021–2022 → 县委书记 2024; hv:郑思远 瓯海区长 2022–2023 → 区委书记 2025)")


if __name__ == "__main__":
    main()
