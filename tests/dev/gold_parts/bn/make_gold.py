"""Write gold part ``bn`` (a blind set: PDF-extracted pages of other cities' and counties' newspapers) from the tables
below.

Pages ``tests/dev/texts/bn*.txt`` were written for this part with invented person and project names, modelled on
data/sample (the 郑州经开区 paper as extracted from its PDF: short column lines, a sentence broken across lines and blank
column gaps, justified lines printed with a space between characters, ``本报讯``, a byline in brackets or a bracketed
name at the end) and on real pages read with the ``search`` tool: a 长子县 paper's ``1886 期 / 第2版`` 要闻简报 (one-line
items ``副县长…出席``); the 郑州日报 ``第01版:封面 PDF版阅读`` (``本报讯(郑报全媒体记者 …)``, ``(下转六版)``); the 莱西
paper's ``二版:要闻 总第1495期 >2015-01-22编印`` with a bracketed signature ``(葛虹虹)``; the 焦作日报 on 中站区
(``本报讯 去年12月29日上午…该区区委副书记、区长…``, signature ``(毋鹏)``); the 周口日报 (``本報訊 (記者 …)``, ``(下轉第二
版)``); the 濮阳日报 (``本报讯 (记者 …) 2月22日下午``); the 定安 paper ``5:综合 总第44期`` (``县委副书记、政法委书记…
出席座谈会``); a 内蒙古 党教 magazine's PDF page (``Page 20``, column text with spaced headers); a 子长 news page (``市委
常委、副市长…带领…来我县调研``). Places are real and new to the corpus: 河南 漯河 (漯河日报, four pages: 舞阳县, 临颍县,
召陵区, 源汇区, 漯河经开区), 贵州 六盘水 (六盘水日报, three pages: 钟山区, 盘州市, 六盘水高新区), 云南 丽江 (丽江日报, two
pages: 华坪县, 古城区, 玉龙县).

Shapes: every page is one newspaper page of 2–3 articles: page header lines (paper name, date with 星期, ``第02版：要闻``,
in varying order), each article a headline (often over two lines: 主题 + 副题; the first line is the headline here),
``本报讯（记者 X 通讯员 Y）`` or bare ``本报讯`` with a bracketed signature at the end, body lines broken by the columns
(names and titles sometimes on one line, sentences broken anywhere else, some justified lines spaced out, blank
column gaps), the credit line (责任编辑 / 编辑 / 校对 / 版式) and the paper's footer at the bottom. Events: 调研 / 督导 /
检查 / 视察 (inspection), 县委常委会 / 市委常委会, 政府常务会议, 党工委会议, 中心组学习会, 推进会 / 动员会, one 观摩
(site observation).

Identity cases:
- bn:贺振川 moves across four years and three posts: 舞阳县委副书记、县长 (bn01, 2021), 舞阳县委书记 (bn03, 2023),
  漯河市副市长 (bn04, 2025, two articles).
- bn:龙启明: 钟山区委书记 (bn05, 2022) → 六盘水市委常委、秘书长 (bn07, 2024).
- bn:卯光华: 盘州市委副书记、市长 (bn06, 2023) → 盘州市委书记 (bn07, 2024, in the 六盘水日报's 市长 调研 article).
- bn:葛建伟#2: 华坪县副县长 (bn08, 2023) → 华坪县委常委、常务副县长 (bn09, 2024).
- two different 葛建伟: bn:葛建伟#1 is 漯河市住建局党组书记、局长 (河南, bn03, 2023); bn:葛建伟#2 is the 华坪 (云南)
  副县长 above.
- the same organ name in different places: bare ``经开区`` in the 漯河日报 (bn01, bn02) = 漯河经开区 (the sample's 经开区 is
  郑州's); bare ``高新区`` in the 六盘水日报 (bn05, bn06) = 六盘水高新区 (other parts have other cities' 高新区).
- the same people across years on one post: bn:岳晓冬 (漯河经开区管委会主任, 2021 and 2022), bn:晏开荣 (六盘水高新区党工委
  书记、管委会主任, 2022 and 2023), bn:聂淑芬 (源汇区副区长, 2021 and 2025), bn:敖雪梅 (盘州市副市长, 2022 and 2023),
  bn:木志坚 (华坪县委副书记、县长, 2023 and 2024). Reporters bn:阎一鸣, bn:韦嘉怡, bn:熊涛, bn:刘思琪 sign several
  pages.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (CONVENTIONS and parts z, u where they speak; decided here where they are silent):
- Bare organs in a city paper take the paper's city: 市委 / 市政府 / 副市长 / 市住建局 / 市水利局 / 市政协 in the 漯河日报 =
  漯河市, in the 六盘水日报 = 六盘水市, in the 丽江日报 = 丽江市. DECIDED HERE: inside an article about a county or
  county-level city the bare 县委 / 县 / 市 go to that county (``县委常委、常务副县长甄卫华`` in a 临颍县 article → 临颍县委,
  临颍县政府; ``副市长敖雪梅、周天健`` in the 盘州市 常务会议 article → 盘州市政府, not 六盘水市政府), and ``区委副书记、区长``
  in a 钟山区 article → 钟山区委 / 钟山区政府.
- Bare zones: ``经开区党工委书记`` in the 漯河日报 → 漯河经开区党工委; ``党工委副书记、管委会主任`` after it → 漯河经开区党工委
  副书记 + 漯河经开区管委会 主任; ``高新区党工委书记、管委会主任`` in the 六盘水日报 → 六盘水高新区党工委 书记 +
  六盘水高新区管委会 主任; ``管委会副主任`` in a 高新区 article → 六盘水高新区管委会 副主任. Place rows keep the bare name
  as written (``经开区``, ``高新区``) where the page writes it bare.
- Towns: ``镇党委书记訾红霞`` after 北舞渡镇 in a 舞阳县 article → 舞阳县北舞渡镇党委 书记.
- DECIDED HERE: 玉龙县 (in full 玉龙纳西族自治县) keeps the short form the page writes: 玉龙县政府 副县长. 古城区 is 丽江's
  only (no city prefix); 钟山区, 召陵区, 源汇区 likewise.
- 市委常委、秘书长 → 六盘水市委 常委 + 六盘水市委 秘书长 (the 市委's own 秘书长); when the 常委 list of the same article
  already gave 常委, one line only. A name repeated with the same post in the same article gives one line; a new
  article gives new lines (贺振川 and 付德清 twice in bn04 / bn07).
- A list after one title gives every name that title: ``县委常委沙丽华、党春雷、孔德顺`` (三 lines), ``副市长贺振川、高云鹏``,
  ``副市长敖雪梅、周天健``, ``副区长施凤英、荆宏伟`` (召陵区政府).
- 县人大常委会主任 → 舞阳县人大常委会 主任; 市政协副主席 → 丽江市政协 副主席.
- DECIDED HERE (PDF pages): the credit line (责任编辑 / 编辑 / 校对 / 版式) printed at the foot of the page is annotated
  once per page as ``editor`` and falls in the last article; the bracketed signature at the end of a short item
  (``（杨润泽）``) is its writer, role ``author`` (label ``署名``); a photo credit ``（本版图片由 杜卫红 摄）`` is role
  ``photographer`` (label ``摄``). ``记者`` in the 本报讯 bracket is ``reporter``, ``通讯员`` ``correspondent``. Page-header
  lines (paper, date, 版) are chrome: the date line is the page stamp; nothing else in them is annotated.
- DECIDED HERE: only the first line of a two-line headline is given as the article's headline (the second, the
  副题, follows it on its own line); article spans run from the first headline line.
- Events: 调研 / 督导 / 专项检查 / 视察 are inspections with their leader; ``陪同`` officials are attendees; those who
  ``汇报`` / ``通报`` are speakers (訾红霞, 岳晓冬, 牛晓阳, 龙启明 in bn07). 常委会 / 常务会议 / 党工委会议 / 学习会 have
  their chair (主持), attendees (出席 / 列席) and speakers (强调 / 要求 / 指出 / 讲话). The 观摩 of city works led by
  a 局长 is ``site observation``. A 推进会 / 动员会 ``召开`` by a place has that place as organizer.
- Projects: works named as being built or to be pushed (产业园 → industrial_park; …产业园二期 a project of its own;
  古镇保护提升, 煤焦化一体化 → project; 棚户区 / 老旧小区改造 → housing_project; 综合治理工程 of a river →
  engineering_work; 供热管网改造工程 → infrastructure_project; 芒果产业示范园 → project). ``中原食品实验室中试基地`` is a
  project (the 实验室 itself is a real institution, not annotated as a place). Plans (实施方案) are not projects.
- Places: one line per name per file, the counties / districts / towns / zones / rivers / parks the body names,
  including those inside titles and project names; the header and footer lines (``漯河市黄河路``, ``丽江市古城区`` of the
  publisher's address) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bn01_luohe.txt": (2021, "2021年4月16日 星期五", "漯河市", [
        ("贺振川在调研重点项目建设时强调", "4月14日", "2021-04-14", "本报讯（记者 阎一鸣",
         "city paper p.2: 舞阳县 县长's 调研 with a 副县长 and a town's 党委书记"),
        ("屈海涛在经开区党工委会议上要求", "4月13日", "2021-04-13", "本报讯（记者 韦嘉怡",
         "bare 经开区 (= 漯河经开区) 党工委会议: 书记 chairs, 管委会主任 reports"),
        ("源汇区开展安全生产专项督导", "4月15日", "2021-04-15", "本报讯 4月15日",
         "short item: a 副区长's 督导, bracketed signature")]),
    "bn02_luohe.txt": (2022, "2022年6月9日 星期四", "漯河市", [
        ("申国良在调研“三夏”生产", "6月7日", "2022-06-07", "本报讯（记者 阎一鸣",
         "县区新闻: 临颍县委书记's 调研 with the 常务副县长 (bare 县委 / 县)"),
        ("邰建勋主持召开召陵区政府常务会议", "6月6日", "2022-06-06", "本报讯（记者 牟丽娟",
         "召陵区政府常务会议: 区长 chairs, two 副区长 after one title"),
        ("经开区召开项目建设推进会", "6月8日", "2022-06-08", "本报讯 6月8日",
         "漯河经开区 推进会: the same 管委会主任 as in 2021")]),
    "bn03_wuyang.txt": (2023, "2023年3月22日 星期三", "舞阳县", [
        ("舞阳县委常委会召开会议", "3月20日", "2023-03-20", "本报讯（记者 韦嘉怡",
         "舞阳县委常委会: 贺振川 now 县委书记; 县长, three 常委 after one title, 人大 主任 列席"),
        ("全市城建重点项目观摩活动举行", "3月21日", "2023-03-21", "本报讯（记者 牟丽娟",
         "观摩 led by 漯河市住建局局长 葛建伟 (#1)")]),
    "bn04_luohe.txt": (2025, "2025年7月3日 星期四", "漯河市", [
        ("贺振川督导防汛工作时强调", "7月1日", "2025-07-01", "本报讯（记者 阎一鸣",
         "p.1: 副市长 贺振川's 防汛 督导 with the 市水利局局长 and a 副区长"),
        ("市政府召开第五十八次常务会议", "7月2日", "2025-07-02", "本报讯（记者 韦嘉怡",
         "市政府常务会议: 市长 chairs, two 副市长")]),
    "bn05_liupanshui.txt": (2022, "2022年8月25日 星期四", "六盘水市", [
        ("龙启明在调研城市更新工作时强调", "8月23日", "2022-08-23", "本报讯（记者 熊涛",
         "钟山区委书记's 调研 with the 区长 (bare 区委)"),
        ("高新区党工委召开理论学习中心组学习会", "8月22日", "2022-08-22", "本报讯（通讯员 胥明",
         "bare 高新区 (= 六盘水高新区): 党工委书记、管委会主任 chairs"),
        ("盘州市开展森林防火专项检查", "8月24日", "2022-08-24", "本报讯 8月24日",
         "short item: 盘州市副市长's 检查")]),
    "bn06_panzhou.txt": (2023, "2023年5月11日 星期四", "盘州市", [
        ("盘州市政府召开常务会议", "5月9日", "2023-05-09", "本报讯（记者 熊涛",
         "盘州市政府常务会议: 市长 卯光华 chairs; bare 副市长 = 盘州市"),
        ("高新区项目建设“百日攻坚”行动启动", "5月10日", "2023-05-10", "本报讯 5月10日",
         "六盘水高新区 动员会: 管委会副主任 chairs, 党工委书记 speaks")]),
    "bn07_liupanshui.txt": (2024, "2024年11月28日 星期四", "六盘水市", [
        ("市委常委会召开会议", "11月26日", "2024-11-26", "本报讯（记者 熊涛",
         "p.1: 六盘水市委常委会; 龙启明 now 市委常委、秘书长"),
        ("付德清调研盘州市工业经济运行", "11月25日", "2024-11-25", "本报讯（记者 付国栋",
         "市长's 调研 in 盘州市; 卯光华 now 盘州市委书记")]),
    "bn08_huaping.txt": (2023, "2023年9月14日 星期四", "华坪县", [
        ("和玉梅在华坪县调研绿色产业发展时要求", "9月12日", "2023-09-12", "本报讯（记者 刘思琪",
         "华坪县委书记's 调研 with the 县长 and 副县长 葛建伟 (#2)"),
        ("古城区召开文旅市场秩序整治推进会", "9月13日", "2023-09-13", "本报讯 9月13日",
         "古城区 推进会: a 副区长 speaks")]),
    "bn09_lijiang.txt": (2024, "2024年10月17日 星期四", "丽江市", [
        ("华坪县政府召开常务会议", "10月15日", "2024-10-15", "本报讯（记者 刘思琪",
         "华坪县政府常务会议: 葛建伟 (#2) now 县委常委、常务副县长"),
        ("市政协视察玉龙县乡村振兴工作", "10月16日", "2024-10-16", "本报讯（记者 吴晓宁",
         "丽江市政协 视察 in 玉龙县 with its 副县长")]),
}

# person_id: (name, type, scope, [(file, org, title, evidence, note), ...], [files named without a post])
PERSONS = {
    # ---- 漯河
    "bn:贺振川": ("贺振川", "official", "漯河市", [
        ("bn01", "舞阳县委", "副书记", "舞阳县委副书记、县长贺振川", "2021"),
        ("bn01", "舞阳县政府", "县长", "舞阳县委副书记、县长贺振川", None),
        ("bn03", "舞阳县委", "书记", "舞阳县委书记贺振川", "2023: 县长 → 县委书记"),
        ("bn04", "漯河市政府", "副市长", "副市长贺振川", "2025 article 1: 县委书记 → the city's 副市长"),
        ("bn04", "漯河市政府", "副市长", "副市长贺振川、", "article 2 (a new article: a new line)")], []),
    "bn:柴文斌": ("柴文斌", "official", "舞阳县", [
        ("bn01", "舞阳县政府", "副县长", "副县长柴文斌", "bare 副县长 in a 舞阳县 article")], []),
    "bn:訾红霞": ("訾红霞", "official", "舞阳县", [
        ("bn01", "舞阳县北舞渡镇党委", "书记", "镇党委书记訾红霞", "town named in the sentence before")], []),
    "bn:屈海涛": ("屈海涛", "official", "漯河经开区", [
        ("bn01", "漯河经开区党工委", "书记", "经开区党工委书记屈海涛", "bare 经开区 in the 漯河日报")], []),
    "bn:岳晓冬": ("岳晓冬", "official", "漯河经开区", [
        ("bn01", "漯河经开区党工委", "副书记", "党工委副书记、管委会主任岳晓冬", "2021"),
        ("bn01", "漯河经开区管委会", "主任", "党工委副书记、管委会主任岳晓冬", None),
        ("bn02", "漯河经开区党工委", "副书记", "经开区党工委副书记、管委会主任岳晓冬", "2022"),
        ("bn02", "漯河经开区管委会", "主任", "经开区党工委副书记、管委会主任岳晓冬", None)], []),
    "bn:聂淑芬": ("聂淑芬", "official", "源汇区", [
        ("bn01", "源汇区政府", "副区长", "源汇区副区长聂淑芬", "2021"),
        ("bn04", "源汇区政府", "副区长", "源汇区副区长聂淑芬", "2025")], []),
    "bn:申国良": ("申国良", "official", "临颍县", [
        ("bn02", "临颍县委", "书记", "临颍县委书记申国良", None)], []),
    "bn:甄卫华": ("甄卫华", "official", "临颍县", [
        ("bn02", "临颍县委", "常委", "县委常委、常务副县长甄卫华", "bare 县委 in a 临颍县 article"),
        ("bn02", "临颍县政府", "常务副县长", "县委常委、常务副县长甄卫华", None)], []),
    "bn:邰建勋": ("邰建勋", "official", "召陵区", [
        ("bn02", "召陵区委", "副书记", "召陵区委副书记、区长邰建勋", None),
        ("bn02", "召陵区政府", "区长", "召陵区委副书记、区长邰建勋", None)], []),
    "bn:施凤英": ("施凤英", "official", "召陵区", [
        ("bn02", "召陵区政府", "副区长", "副区长施凤英", None)], []),
    "bn:荆宏伟": ("荆宏伟", "official", "召陵区", [
        ("bn02", "召陵区政府", "副区长", "副区长施凤英、荆宏伟", "list after one title")], []),
    "bn:牛晓阳": ("牛晓阳", "official", "舞阳县", [
        ("bn03", "舞阳县委", "副书记", "县委副书记、县长牛晓阳", None),
        ("bn03", "舞阳县政府", "县长", "县委副书记、县长牛晓阳", "贺振川's successor as 县长")], []),
    "bn:沙丽华": ("沙丽华", "official", "舞阳县", [
        ("bn03", "舞阳县委", "常委", "县委常委沙丽华", "list after one title")], []),
    "bn:党春雷": ("党春雷", "official", "舞阳县", [
        ("bn03", "舞阳县委", "常委", "县委常委沙丽华、\n党春雷", "list after one title (line break in the list)")], []),
    "bn:孔德顺": ("孔德顺", "official", "舞阳县", [
        ("bn03", "舞阳县委", "常委", "县委常委沙丽华、\n党春雷、孔德顺", "list after one title")], []),
    "bn:刘沛霖": ("刘沛霖", "official", "舞阳县", [
        ("bn03", "舞阳县人大常委会", "主任", "县人大常委会主任刘沛霖", None)], []),
    "bn:葛建伟#1": ("葛建伟", "official", "漯河市", [
        ("bn03", "漯河市住建局党组", "书记", "市住建局党组书记、局长葛建伟", "漯河 (河南); not the 葛建伟 of 华坪 (bn08, bn09)"),
        ("bn03", "漯河市住建局", "局长", "市住建局党组书记、局长葛建伟", None)], []),
    "bn:程玉珊": ("程玉珊", "official", "漯河市", [
        ("bn04", "漯河市水利局", "局长", "市水利局局长程玉珊", None)], []),
    "bn:武照林": ("武照林", "official", "漯河市", [
        ("bn04", "漯河市委", "副书记", "市委副书记、市长武照林", None),
        ("bn04", "漯河市政府", "市长", "市委副书记、市长武照林", None)], []),
    "bn:高云鹏": ("高云鹏", "official", "漯河市", [
        ("bn04", "漯河市政府", "副市长", "副市长贺振川、高云鹏", "list after one title")], []),
    # ---- 六盘水
    "bn:龙启明": ("龙启明", "official", "六盘水市", [
        ("bn05", "钟山区委", "书记", "钟山区委书记龙启明", "2022"),
        ("bn07", "六盘水市委", "常委", "市委常委龙启明", "2024: 区委书记 → 市委常委、秘书长"),
        ("bn07", "六盘水市委", "秘书长", "市委常委、秘书长龙启明", "the 常委 of this phrase already given by the list")], []),
    "bn:禄文婷": ("禄文婷", "official", "钟山区", [
        ("bn05", "钟山区委", "副书记", "区委副书记、区长禄文婷", "bare 区委 in a 钟山区 article"),
        ("bn05", "钟山区政府", "区长", "区委副书记、区长禄文婷", None)], []),
    "bn:晏开荣": ("晏开荣", "official", "六盘水高新区", [
        ("bn05", "六盘水高新区党工委", "书记", "高新区党工委书记、管委会主任晏开荣", "bare 高新区 in the 六盘水日报; 2022"),
        ("bn05", "六盘水高新区管委会", "主任", "高新区党工委书记、管委会主任晏开荣", None),
        ("bn06", "六盘水高新区党工委", "书记", "高新区党工委书记、管委会主任晏开荣", "2023"),
        ("bn06", "六盘水高新区管委会", "主任", "高新区党工委书记、管委会主任晏开荣", None)], []),
    "bn:敖雪梅": ("敖雪梅", "official", "盘州市", [
        ("bn05", "盘州市政府", "副市长", "盘州市副市长敖雪梅", "2022"),
        ("bn06", "盘州市政府", "副市长", "副市长敖雪梅", "2023; bare 副市长 in a 盘州市 article")], []),
    "bn:卯光华": ("卯光华", "official", "盘州市", [
        ("bn06", "盘州市委", "副书记", "盘州市委副书记、市长卯光华", "2023"),
        ("bn06", "盘州市政府", "市长", "盘州市委副书记、市长卯光华", None),
        ("bn07", "盘州市委", "书记", "盘州市委书记卯光华", "2024: 市长 → 市委书记")], []),
    "bn:周天健": ("周天健", "official", "盘州市", [
        ("bn06", "盘州市政府", "副市长", "副市长敖雪梅、\n周天健", "list after one title")], []),
    "bn:邓丽娟": ("邓丽娟", "official", "六盘水高新区", [
        ("bn06", "六盘水高新区管委会", "副主任", "管委会副主任邓丽娟", None)], []),
    "bn:冉崇文": ("冉崇文", "official", "六盘水市", [
        ("bn07", "六盘水市委", "书记", "市委书记冉崇文", None)], []),
    "bn:付德清": ("付德清", "official", "六盘水市", [
        ("bn07", "六盘水市委", "副书记", "市委副书记、市长付德清，", "article 1"),
        ("bn07", "六盘水市政府", "市长", "市委副书记、市长付德清，", None),
        ("bn07", "六盘水市委", "副书记", "市委副书记、市长付德清到", "article 2 (a new article: new lines)"),
        ("bn07", "六盘水市政府", "市长", "市委副书记、市长付德清到", None)], []),
    "bn:阮玉珍": ("阮玉珍", "official", "六盘水市", [
        ("bn07", "六盘水市委", "常委", "市委常委龙启明、阮玉珍", "list after one title")], []),
    "bn:王少杰": ("王少杰", "official", "六盘水市", [
        ("bn07", "六盘水市委", "常委", "市委常委龙启明、阮玉珍、\n王少杰", "list after one title")], []),
    # ---- 丽江
    "bn:和玉梅": ("和玉梅", "official", "华坪县", [
        ("bn08", "华坪县委", "书记", "华坪县委书记和玉梅", None)], []),
    "bn:木志坚": ("木志坚", "official", "华坪县", [
        ("bn08", "华坪县委", "副书记", "县委副书记、县长木志坚", "2023"),
        ("bn08", "华坪县政府", "县长", "县委副书记、县长木志坚", None),
        ("bn09", "华坪县委", "副书记", "华坪县委副书记、县长木志坚", "2024"),
        ("bn09", "华坪县政府", "县长", "华坪县委副书记、县长木志坚", None)], []),
    "bn:葛建伟#2": ("葛建伟", "official", "华坪县", [
        ("bn08", "华坪县政府", "副县长", "副县长葛建伟", "华坪 (云南) 2023; not the 漯河 葛建伟 (bn03)"),
        ("bn09", "华坪县委", "常委", "县委常委、常务副县长葛建伟", "2024: 副县长 → 县委常委、常务副县长"),
        ("bn09", "华坪县政府", "常务副县长", "县委常委、常务副县长葛建伟", None)], []),
    "bn:沙宏伟": ("沙宏伟", "official", "古城区", [
        ("bn08", "古城区政府", "副区长", "古城区副区长沙宏伟", None)], []),
    "bn:曹燕青": ("曹燕青", "official", "华坪县", [
        ("bn09", "华坪县政府", "副县长", "副县长曹燕青", None)], []),
    "bn:和建荣": ("和建荣", "official", "丽江市", [
        ("bn09", "丽江市政协", "副主席", "市政协副主席和建荣", None)], []),
    "bn:胡国庆": ("胡国庆", "official", "玉龙县", [
        ("bn09", "玉龙县政府", "副县长", "玉龙县副县长胡国庆", "玉龙县 as written (玉龙纳西族自治县)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bn01", "阎一鸣", "记者", "reporter", "记者 阎一鸣"),
    ("bn01", "庞子墨", "通讯员", "correspondent", "员 庞子墨"),
    ("bn01", "韦嘉怡", "记者", "reporter", "记者 韦嘉怡"),
    ("bn01", "杨润泽", "署名", "author", "（杨润泽）"),
    ("bn01", "谷雨涵", "责任编辑", "editor", "责任编辑 谷雨涵"),
    ("bn01", "侯思远", "校对", "editor", "校对 侯思远"),
    ("bn01", "吕诗琪", "版式", "editor", "版式 吕诗琪"),
    ("bn02", "阎一鸣", "记者", "reporter", "记者 阎一鸣"),
    ("bn02", "牟丽娟", "记者", "reporter", "记者 牟丽娟"),
    ("bn02", "周晓冉", "署名", "author", "（周晓冉）"),
    ("bn02", "段欣然", "编辑", "editor", "编辑 段欣然"),
    ("bn02", "侯思远", "校对", "editor", "校对 侯思远"),
    ("bn03", "韦嘉怡", "记者", "reporter", "记者 韦嘉怡"),
    ("bn03", "庞子墨", "通讯员", "correspondent", "员 庞子墨"),
    ("bn03", "牟丽娟", "记者", "reporter", "记者 牟丽娟"),
    ("bn03", "杜卫红", "摄", "photographer", "（本版图片由 杜卫红 摄）"),
    ("bn03", "谷雨涵", "编辑", "editor", "编辑 谷雨涵"),
    ("bn03", "吕诗琪", "版式", "editor", "版式 吕诗琪"),
    ("bn04", "阎一鸣", "记者", "reporter", "记者 阎一鸣"),
    ("bn04", "韦嘉怡", "记者", "reporter", "记者 韦嘉怡"),
    ("bn04", "段欣然", "责任编辑", "editor", "责任编辑 段欣然"),
    ("bn04", "鲁海洋", "校对", "editor", "校对 鲁海洋"),
    ("bn05", "熊涛", "记者", "reporter", "记者 熊涛"),
    ("bn05", "胥明", "通讯员", "correspondent", "通讯员 胥明"),
    ("bn05", "陆家琪", "署名", "author", "（陆家琪）"),
    ("bn05", "舒雅婷", "编辑", "editor", "编辑：舒雅婷"),
    ("bn05", "罗开勇", "校对", "editor", "校对：罗开勇"),
    ("bn06", "熊涛", "记者", "reporter", "记者 熊涛"),
    ("bn06", "赵俊峰", "通讯员", "correspondent", "赵俊峰"),
    ("bn06", "李泓", "署名", "author", "（李泓）"),
    ("bn06", "舒雅婷", "编辑", "editor", "编辑：舒雅婷"),
    ("bn06", "王凤仙", "校对", "editor", "校对：王凤仙"),
    ("bn07", "熊涛", "记者", "reporter", "记者 熊涛"),
    ("bn07", "付国栋", "记者", "reporter", "记者 付国栋"),
    ("bn07", "习晓东", "编辑", "editor", "编辑：习晓东"),
    ("bn07", "罗开勇", "校对", "editor", "校对：罗开勇"),
    ("bn08", "刘思琪", "记者", "reporter", "记者 刘思琪"),
    ("bn08", "刘沛然", "署名", "author", "（刘沛然）"),
    ("bn08", "王建勋", "责任编辑", "editor", "责任编辑：王建勋"),
    ("bn08", "陆家琪", "校对", "editor", "校对：陆家琪"),
    ("bn09", "刘思琪", "记者", "reporter", "记者 刘思琪"),
    ("bn09", "吴晓宁", "记者", "reporter", "记者 吴晓宁"),
    ("bn09", "王建勋", "责任编辑", "editor", "责任编辑：王建勋"),
    ("bn09", "吴梓萱", "校对", "editor", "校对：吴梓萱"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bn01", "重点项目建设调研", "inspection (调研)", "4月14日", None, "贺振川", [],
     ["柴文斌", "訾红霞"], ["訾红霞", "贺振川"], "舞阳县",
     "舞阳县委副书记、县长贺振川", ["舞阳县委副书记、县长贺振川", "副县长柴文斌", "镇党委书记訾红霞", "贺振川强调"]),
    ("bn01", "经开区党工委会议", "meeting (党工委会议)", "4月13日", "屈海涛", None, ["漯河经开区党工委"],
     ["岳晓冬"], ["岳晓冬", "屈海涛"], None,
     "经开区党工委书记屈海涛", ["经开区党工委书记屈海涛", "党工委副书记、管委会主任岳晓冬", "屈海涛要求"]),
    ("bn01", "安全生产专项督导", "inspection (督导)", "4月15日", None, "聂淑芬", [],
     [], [], "源汇区", "源汇区副区长聂淑芬", ["源汇区副区长聂淑芬"]),
    ("bn02", "“三夏”生产和乡村振兴工作调研", "inspection (调研)", "6月7日", None, "申国良", [],
     ["甄卫华"], ["申国良"], "临颍县",
     "调研“三夏”生产和乡村振兴工作", ["临颍县委书记申国良", "县委常委、常务副县长甄卫华", "申国良要求"]),
    ("bn02", "召陵区政府第十五次常务会议", "meeting (区政府常务会议)", "6月6日", "邰建勋", None, [],
     ["施凤英", "荆宏伟"], [], None,
     "区政府第十五次常务会议", ["召陵区委副书记、区长邰建勋", "副区长施凤英", "荆宏伟"]),
    ("bn02", "经开区项目建设推进会", "meeting (推进会)", "6月8日", None, None, ["漯河经开区"],
     ["岳晓冬"], ["岳晓冬"], None,
     "经开区召开项目建设推进会", ["经开区党工委副书记、管委会主任岳晓冬", "岳晓冬要求"]),
    ("bn03", "舞阳县委常委会会议", "meeting (县委常委会会议)", "3月20日", "贺振川", None, [],
     ["牛晓阳", "沙丽华", "党春雷", "孔德顺", "刘沛霖"], ["牛晓阳", "贺振川"], None,
     "县委常委会会议", ["舞阳县委书记贺振川", "县委副书记、县长牛晓阳", "县人大常委会主任刘沛霖", "牛晓阳关于",
                        "贺振川强调"]),
    ("bn03", "全市城建重点项目观摩活动", "site observation (观摩活动)", "3月21日", None, "葛建伟", [],
     [], ["葛建伟"], None,
     "观摩全市城建重点项目", ["市住建局党组书记、局长葛建伟", "葛建伟要求"]),
    ("bn04", "沙澧河防汛工作督导", "inspection (督导)", "7月1日", None, "贺振川", [],
     ["程玉珊", "聂淑芬"], ["贺振川"], "沙澧河",
     "督导沙澧河防汛工作", ["副市长贺振川", "市水利局局长程玉珊", "源汇区副区长聂淑芬", "贺振川强调"]),
    ("bn04", "市政府第五十八次常务会议", "meeting (市政府常务会议)", "7月2日", "武照林", None, [],
     ["贺振川", "高云鹏"], ["武照林"], None,
     "市政府第五十八次常务会议", ["市委副书记、市长武照林", "高云鹏", "武照林指出"]),
    ("bn05", "城市更新工作调研", "inspection (调研)", "8月23日", None, "龙启明", [],
     ["禄文婷"], ["龙启明"], "钟山区",
     "调研城市更新工作", ["钟山区委书记龙启明", "区委副书记、区长禄文婷", "龙启明强调"]),
    ("bn05", "高新区党工委理论学习中心组学习会", "meeting (中心组学习会)", "8月22日", "晏开荣", None, ["六盘水高新区党工委"],
     [], ["晏开荣"], None,
     "党工委理论学习中心组学习会", ["高新区党工委书记、管委会主任晏开荣", "晏开荣要求"]),
    ("bn05", "森林防火专项检查", "inspection (检查)", "8月24日", None, "敖雪梅", [],
     [], ["敖雪梅"], "乌蒙山", "盘州市副市长敖雪梅", ["盘州市副市长敖雪梅"]),
    ("bn06", "盘州市政府第二十三次常务会议", "meeting (市政府常务会议)", "5月9日", "卯光华", None, [],
     ["敖雪梅", "周天健"], ["卯光华"], None,
     "市政府第二十三次常务会议", ["盘州市委副书记、市长卯光华", "副市长敖雪梅", "周天健", "卯光华强调"]),
    ("bn06", "高新区项目建设“百日攻坚”行动动员会", "meeting (动员会)", "5月10日", "邓丽娟", None, ["六盘水高新区"],
     ["晏开荣"], ["晏开荣"], None,
     "高新区召开项目建设“百日攻坚”行动动员会", ["高新区党工委书记、管委会主任晏开荣", "管委会副主任邓丽娟", "晏开荣要求"]),
    ("bn07", "市委常委会会议", "meeting (市委常委会会议)", "11月26日", "冉崇文", None, [],
     ["付德清", "龙启明", "阮玉珍", "王少杰"], ["龙启明", "冉崇文"], None,
     "市委常委会召开会议，", ["市委书记冉崇文", "市委副书记、市长付德清，", "阮玉珍", "王少杰", "市委常委、秘书长龙启明",
                              "冉崇文强调"]),
    ("bn07", "盘州市工业经济运行调研", "inspection (调研)", "11月25日", None, "付德清", [],
     ["卯光华"], ["付德清"], "盘州市",
     "调研工业经济运行工作", ["市委副书记、市长付德清到", "盘州市委书记卯光华", "付德清强调"]),
    ("bn08", "绿色产业发展工作调研", "inspection (调研)", "9月12日", None, "和玉梅", [],
     ["木志坚", "葛建伟"], ["和玉梅"], "华坪县",
     "调研绿色产业发展工作", ["华坪县委书记和玉梅", "县委副书记、县长木志坚", "副县长葛建伟", "和玉梅要求"]),
    ("bn08", "古城区文旅市场秩序整治推进会", "meeting (推进会)", "9月13日", None, None, ["古城区"],
     ["沙宏伟"], ["沙宏伟"], None,
     "古城区召开文旅市场秩序整治推进会\n", ["古城区副区长沙宏伟"]),
    ("bn09", "华坪县政府第四十一次常务会议", "meeting (县政府常务会议)", "10月15日", "木志坚", None, [],
     ["葛建伟", "曹燕青"], ["木志坚"], None,
     "县政府第四十一次常务会议", ["华坪县委副书记、县长木志坚", "县委常委、常务副县长葛建伟", "副县长曹燕青", "木志坚强调"]),
    ("bn09", "玉龙县乡村振兴工作视察", "inspection (政协视察)", "10月16日", None, "和建荣", ["丽江市政协"],
     ["胡国庆"], ["和建荣"], "玉龙县",
     "视察玉龙县乡村振兴工作。", ["市政协副主席和建荣", "玉龙县副县长胡国庆", "和建荣指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bn01", "舞阳县盐化工循环产业园", "industrial_park", "舞阳县盐化工循环产业园"),
    ("bn01", "北舞渡古镇保护提升项目", "project", "北舞渡古镇保护提升项目"),
    ("bn01", "漯河经开区中原食品实验室中试基地", "project", "漯河经开区中原食品实验室中试基地"),
    ("bn02", "临颍县小辣椒产业园", "industrial_park", "临颍县小辣椒产业园，"),
    ("bn02", "临颍县小辣椒产业园二期", "industrial_park", "临颍县小辣椒产业园二期"),
    ("bn02", "召陵区东城老旧小区改造项目", "housing_project", "召陵区东城老旧小区改造项目"),
    ("bn02", "漯河经开区中原食品实验室中试基地", "project", "漯河经开区中原食品实验室中试基地"),
    ("bn03", "舞阳县盐化工循环产业园", "industrial_park", "舞阳县盐化工循环产业园\n"),
    ("bn03", "舞阳县盐化工循环产业园二期", "industrial_park", "舞阳县盐化工循环产业园二期"),
    ("bn03", "沙澧河二期综合治理工程", "engineering_work", "沙澧河二期综合治理工程"),
    ("bn03", "漯河市中心城区供热管网改造工程", "infrastructure_project", "漯河市中心城区供热管网改造工程"),
    ("bn04", "漯河市中心城区供热管网改造工程", "infrastructure_project", "漯河市中心城区供热管网改造工程"),
    ("bn04", "沙澧河三期综合治理工程", "engineering_work", "沙澧河三期综合治理工程"),
    ("bn05", "钟山区老城片区棚户区改造项目", "housing_project", "钟山区老城片区棚户区改造项目"),
    ("bn05", "六盘水高新区新材料产业园", "industrial_park", "六盘水高新区新材料产业园"),
    ("bn06", "盘州市煤焦化循环经济一体化项目", "project", "盘州市煤焦化循环经济一体化项目"),
    ("bn06", "六盘水高新区新材料产业园", "industrial_park", "六盘水高新区新材料产业园"),
    ("bn07", "盘州市煤焦化循环经济一体化项目", "project", "盘州市煤焦化循环经济一体化项目"),
    ("bn08", "华坪县晚熟芒果产业示范园", "project", "华坪县晚熟芒果产业示范园"),
    ("bn08", "华坪县新能源电池材料产业园", "industrial_park", "华坪县新能源电池材料产业园"),
    ("bn09", "华坪县新能源电池材料产业园二期", "industrial_park", "华坪县新能源电池材料产业园二期"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bn01", "舞阳县", "county", "in_title", "舞阳县委副书记、县长贺振川"),
    ("bn01", "北舞渡镇", "town", "standalone", "在北舞渡镇"),
    ("bn01", "经开区", "development_zone", "in_org_reference", "经开区党工委书记屈海涛"),
    ("bn01", "漯河经开区", "development_zone", "in_project_name", "漯河经开区中原食品实验室中试基地"),
    ("bn01", "源汇区", "district", "in_title", "源汇区副区长聂淑芬"),
    ("bn01", "沙澧河", "river", "standalone", "沙澧河"),
    ("bn02", "临颍县", "county", "in_title", "临颍县委书记申国良"),
    ("bn02", "繁城镇", "town", "standalone", "在繁城镇"),
    ("bn02", "王岗镇", "town", "standalone", "王岗镇"),
    ("bn02", "召陵区", "district", "in_title", "召陵区委副书记、区长邰建勋"),
    ("bn02", "经开区", "development_zone", "standalone", "经开区召开项目建设推进会"),
    ("bn02", "漯河经开区", "development_zone", "in_project_name", "漯河经开区中原食品实验室中试基地"),
    ("bn03", "舞阳县", "county", "in_title", "舞阳县委书记贺振川"),
    ("bn03", "沙澧河", "river", "in_project_name", "沙澧河二期综合治理工程"),
    ("bn03", "漯河市", "city", "in_project_name", "漯河市中心城区供热管网改造工程"),
    ("bn04", "沙澧河", "river", "standalone", "督导沙澧河防汛工作"),
    ("bn04", "马沟", "river", "standalone", "马沟"),
    ("bn04", "源汇区", "district", "in_title", "源汇区副区长聂淑芬"),
    ("bn04", "漯河", "city", "standalone", "确保漯河"),
    ("bn04", "漯河市", "city", "in_project_name", "漯河市中心城区供热管网改造工程"),
    ("bn05", "钟山区", "district", "in_title", "钟山区委书记龙启明"),
    ("bn05", "荷城街道", "street", "standalone", "荷城街道"),
    ("bn05", "明湖湿地公园", "park", "standalone", "明湖湿地公园"),
    ("bn05", "高新区", "development_zone", "in_org_reference", "高新区党工委书记、管委会主任晏开荣"),
    ("bn05", "六盘水高新区", "development_zone", "in_project_name", "六盘水高新区新材料产业园"),
    ("bn05", "盘州市", "county_level_city", "in_title", "盘州市副市长敖雪梅"),
    ("bn05", "乌蒙山", "mountain", "standalone", "乌蒙山"),
    ("bn06", "盘州市", "county_level_city", "in_title", "盘州市委副书记、市长卯光华"),
    ("bn06", "盘州红果经济开发区", "development_zone", "standalone", "盘州红果经济开发区"),
    ("bn06", "高新区", "development_zone", "standalone", "高新区召开项目建设“百日攻坚”行动动员会"),
    ("bn06", "六盘水高新区", "development_zone", "in_project_name", "六盘水高新区新材料产业园"),
    ("bn07", "六盘水", "city", "standalone", "动六盘水高质量发展"),
    ("bn07", "盘州市", "county_level_city", "standalone", "盘州市调研工业经济运行工作"),
    ("bn08", "华坪县", "county", "in_title", "华坪县委书记和玉梅"),
    ("bn08", "荣将镇", "town", "standalone", "荣将镇"),
    ("bn08", "石龙坝镇", "town", "standalone", "石龙坝镇"),
    ("bn08", "古城区", "district", "standalone", "古城区召开文旅市场秩序整治推进会\n"),
    ("bn08", "丽江古城", "heritage_site", "standalone", "丽江古城"),
    ("bn09", "华坪县", "county", "in_title", "华坪县委副书记、县长木志坚"),
    ("bn09", "金沙江", "river", "standalone", "金沙江"),
    ("bn09", "玉龙县", "county", "standalone", "视察玉龙县乡村振兴工作。"),
    ("bn09", "白沙镇", "town", "standalone", "白沙镇"),
    ("bn09", "拉市镇", "town", "standalone", "拉市镇"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bn", conventions="set bn (blind set: PDF-extracted pages of city papers (漯河日报, 六盘水日报, 丽江日报), 2–3 articles a page, column-broken lines, 本报讯 with (记者 / 通讯员) bylines or bracketed signatures, credits at the foot; bare 经开区 = 漯河经开区, bare 高新区 = 六盘水高新区; bare 县委 / 县 / 市 in an article about a county go to that county; credits at the page foot annotated once per page as editors)",
          persons_note="Set bn persons. id = corpus-wide person_id (bn:葛建伟#1 of 漯河 and bn:葛建伟#2 of 华坪 are two people; bn:贺振川 moves 舞阳县长 2021 → 舞阳县委书记 2023 → 漯河副市长 2025; bn:龙启明 钟山区委书记 2022 → 六盘水市委常委、秘书长 2024; bn:卯光华 盘州市长 2023 → 盘州市委书记 2024; bn:葛建伟#2 华坪副县长 2023 → 县委常委、常务副县长 2024)")


if __name__ == "__main__":
    main()
