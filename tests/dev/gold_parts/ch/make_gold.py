"""Write gold part ``ch`` (a blind set: county and city 会议纪要 with field lines, 区委常委会 pages with 列席 lists and
one 在线访谈, in 山西, 江西, 湖南 and 黑龙江) from the tables below.

Pages ``tests/dev/texts/ch*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 芮城县 site's ``县长…主持召开县政府第三十八次常务会议`` (``时间：… 信息
来源：县融媒体中心 字体大小：【大 中 小】 浏览次数：``, ``会议指出 / 会议明确 / 会议强调`` per item); the 兴县 site's 县政府常务
会议 page (``当前位置:首页 > 县政府会议 > 县政府常务会议``, ``县政府班子成员参加会议，县经济技术开发区党工委书记、管委会主任…及
县直相关部门、乡镇负责人列席会议``, ``会议原则通过了《…实施方案》``); a 绛县 paper page (``县委副书记、县长…主持召开县政府第13
次常务会议，…等参加会议``, 上一版 / 下一版); the 桦南县 site (``县委副书记、政府县长…主持召开县政府十七届十三次常务会议。县委
常委、政府常务副县长…，政府副县长…、…出席会议``); a 黑山县 常务会议 page (``县委常委、副县长、县总工会主席…，副县长…参加会议…
县人大常委会副主任…、县政协副主席…列席会议``); the 铁岭县 信息公开 page of a 常务会议 (``责成县妇联…``, ``列席人员：新闻媒体记者
…``); a 常务会议纪要 范文 (``现将会议确定事项纪要如下：一、关于…有关问题 会议原则同意…``); the 禄丰 and 兰州 议事规则 (who attends,
who 列席, 请假 to the chair); the 分宜 县政府党组会议 page (``县政府党组成员、副县长…出席会议，副县长…应邀参加``); a 文成 县长办公
会议 (``县领导…参加会议``); 区委常委会 pages: the 上海 杨浦 paper (``区委常委会近日举行会议…区委书记…主持会议并讲话``), a 福建
区委常委会（扩大）会议 (``区人大常委会主任…、区政协主席…等区四套班子领导…参加``), a 西安 区委常委会 (``会议研究讨论了…请示``);
区人大常委会 pages with 列席 lists (盐都, 竹山, 丰台, 青原: ``副区长…，区人民法院院长…，区人民检察院检察长…列席会议``); 在线访谈
pages and rules (the 湖北 政在说 访谈, the 芜湖 and 准格尔 在线访谈 rules: ``在线嘉宾名单``, ``承办单位主要负责同志要亲自担任在线
嘉宾``; the 黑龙江 ``行风热线`` 高端访谈 notice). Places are real and new to the corpus: 山西 临汾 (洪洞县 twice), 江西 抚州
(临川区, 崇仁县 twice), 湖南 永州 (零陵区, 祁阳市), 黑龙江 黑河 (北安市 twice).

Shapes: a county 常务会议纪要 on an 信息公开 page (索引号, 洪政常纪〔2022〕9号) with 时间 / 地点 / 主持 / 出席 / 请假 / 列席 / 记录
lines where every name carries its title and several names share a line (``副县长师晓峰、卫丽娜，副县长段永强``), numbered 议定
事项 naming the projects and who leads them (``由县发改局局长吕建新牵头``), a 水利局局长 named only in an item (ch01); the same
county's 纪要 two years later with ``时　间`` (full-width spaces), ``；`` between the titled names and a lead sentence; the former
发改局局长 now 副县长, a titled 请假 (ch02); a district site's 区委常委会会议 with an 出席 list of chains and a 列席 list (人大, 政协,
副区长, 法院, 检察院) (ch03); a county 信息公开 table page (``主持人：`` / ``出席人员：`` / ``列席人员：`` / ``记录人：``) (ch04); a
city portal's report of a 区委常委会 (stamp line with 作者 / 编辑, 分享到, 相关新闻) (ch05); a city paper's 第03版 of a county-level
city's 市政府常务会议 chaired by the former 零陵 宣传部部长, now 市长 (ch06); a county-level city's 在线访谈 with ``主持人：`` and
``嘉宾：name　title`` lines and a netizen's handle (ch07); the same city's 纪要 two years later with the interviewee now 副市长
and the interview's 副局长 now 局长 (ch08); a city paper's report of a county 常务会议 (ch09).

Identity cases:
- ch:吕建新, the same official in two years' minutes with a new post: 洪洞县发改局局长 (列席, and 牵头 in an item) on the May
  2022 纪要 (ch01); 洪洞县副县长 (出席, 牵头) on the June 2024 纪要 (ch02), where ch:武建华 is the new 发改局局长.
- ch:游建明 moves between two counties of 抚州: 崇仁县委常委、常务副县长 in April 2021 (ch04); 临川区委常委、常务副区长 in March
  2023 (ch03). ch:揭国庆 takes the 崇仁 post after him: 崇仁县发改局局长 in 2021 (ch04) → 县委常委、常务副县长 in July 2024
  (ch09), where ch:吴乐平 is the new 发改局局长.
- ch:雷雅琴 moves from a district to a county-level city of 永州: 零陵区委常委、宣传部部长 in August 2022 (ch05); 祁阳市委副书记、
  市长 chairing the 市政府常务会议 in April 2024 (ch06).
- ch:隋长友: 北安市农业农村局局长 as the 访谈 guest in April 2023 (ch07); 北安市副市长 in the May 2025 纪要 (ch08). ch:于海林:
  市农业农村局副局长 (ch07) → 局长 (ch08).
- the same officials in the same posts in two pages: ch:乔卫东 (洪洞 常务副县长), ch:师晓峰 (副县长), ch:王海滨 (县政府办公室主任),
  ch:穆连成#1 (县财政局局长), ch:卫丽娜 (副县长, 出席 2022, 请假 2024) on ch01 and ch02; ch:涂志刚 (崇仁 副县长) on ch04 and ch09.
- two different 穆连成 in unrelated places: ch:穆连成#1 is 洪洞县财政局局长 (山西, ch01, ch02); ch:穆连成#2 is 零陵区人大常委会
  主任 (湖南, ch05).
- one organ name in several places: bare ``区委`` / ``区委常委会`` is 临川区委 on the 临川 site (ch03) and 零陵区委 on the 永州
  portal's 零陵 page (ch05); ``县发改局`` is 洪洞县发改局 (ch01, ch02) and 崇仁县发改局 (ch04, ch09); ``县财政局局长`` is 洪洞's
  and 崇仁's; bare ``市委常委、常务副市长`` / ``副市长`` are 祁阳's (ch06) and 北安's (ch08); ``市农业农村局`` is 北安's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as parts bo, bp, af and z where they speak; decided here where they are silent):
- Field lines (bo): a titled name on the 主持 / 出席 / 请假 / 列席 line gives its holdings; a chain gives one line per organ
  (``县委副书记、县长`` → X县委 副书记 + X县政府 县长; ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长); a list after
  one title gives that title to every name (``副县长师晓峰、卫丽娜``); one line per post per article (the field line is used
  when the lead sentence or an item repeats the title). A titled 请假 is a holding but no attendee (bo). 列席 persons are
  attendees. ``记录：`` is a reporters line, label 记录 (``记录人`` → label 记录人), role author (bo).
- DECIDED HERE: a person named with a title only inside a 议定事项 (``会同县水利局局长曹永福``, ``县水利局局长谌宏亮具体负责``)
  holds that post at the meeting's date but is no attendee of the meeting: the 纪要 does not say they were present (they are
  on neither the 出席 nor the 列席 line). Being named to 牵头 / 负责 / 督导 an item is no speaking (bo).
- Bare organs take the page's place: 县委 / 县政府办公室 / 县发改局 / 县财政局 / 县住建局 on the 洪洞 and 崇仁 pages = that county's
  (departments as written: 洪洞县发改局, 崇仁县工信局); 区委 / 区人大常委会 / 区政协 / 副区长 on the 临川 site and on the 零陵
  page of the 永州 portal = that district's; ``区委常委、组织部部长`` → 临川区委 常委 + 临川区委组织部 部长; ``宣传部部长`` →
  零陵区委宣传部 部长; ``区委办公室主任`` → 零陵区委办公室 主任; ``区纪委书记、区监委主任`` → 临川区纪委 书记 + 临川区监委 主任;
  courts as written (``区人民法院院长`` → 临川区人民法院 院长, ``区人民检察院检察长`` → 临川区人民检察院 检察长); 市委 / 市政府 /
  市X局 on the 北安 site = 北安市 (a county-level city); in the 永州日报 and the 抚州日报 a bare ``市委常委、常务副市长`` /
  ``县委常委、常务副县长`` after ``祁阳市委副书记、市长`` / ``崇仁县委副书记、县长`` is that city's / county's (bs). A town's
  镇长 → the town's 政府 (洪洞县大槐树镇政府 镇长); a 镇党委书记 → X县Y镇党委 书记.
- DECIDED HERE: the 访谈 guest line ``嘉宾：隋长友　市农业农村局局长`` (name, full-width space, title) gives the holding as the
  titled name does; the same title repeated in the host's opening (``市农业农村局局长隋长友``) gives no second line; the
  speaker labels (``隋长友：``), ``隋局长`` and the netizen's handle (``乌裕尔河畔``) give nothing. The interview is no event
  (tests/gold README); the named 主持人 is a reporters line, label 主持人, role host (bp).
- Events: each 纪要 and each 常务会议 report is one meeting (``meeting (县政府常务会议)`` / ``(市政府常务会议)``): chair = 主持;
  attendees = titled 出席 and 列席 names (not 请假, not the chair, not 记录); speakers = 强调 / 指出 / 要求 by a named person and a
  named official whose 汇报 the meeting 听取了 (bs08). The 区委常委会会议 (ch03, ch05, ``meeting (区委常委会会议)``, as af08): chair
  = the 区委书记; attendees = the 出席 and 列席 names; speakers = 作了说明 / 汇报了 / 通报了 / 强调 / 作了安排.
- Projects: works named in a 议定事项 or a report as to be built, pushed or reported: 产业园 厂房 phases ``industrial_park``;
  river 生态修复 ``greening_project``; 防洪 / 河道治理 / 综合治理 works ``engineering_work``; 供热管网 and 污水处理厂 works
  ``infrastructure_project``; 老旧小区 / 棚户区改造 ``housing_project``; a 景区 游客服务中心, a 老街 保护提升 project, a 示范区 /
  示范带, a named 高标准农田建设项目 and a 集镇改造 ``project``. A phase named on its own (…二期, …三期, …四期) is a line of its own
  (bp). Plans (《…实施方案》) are documents, not projects. DECIDED HERE: the standing 甘亭工业园区 is a place (``zone_park``,
  as bq's parks), its 标准化厂房 phases projects.
- Places: one line per name per file, named as the evidence writes it; places inside headlines, organ references, project
  names and titles count; site lines, mastheads, 发布机构, 落款, 抄送, footers and addresses, 上一篇 / 下一篇 links and the
  相关阅读 / 相关新闻 lists are not annotated; a netizen's handle is not a place (bp).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

HT, LC, CR, LL, QY, BA = "洪洞县", "临川区", "崇仁县", "零陵区", "祁阳市", "北安市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ch01_hongtong.txt": (2022, "发布日期：2022-05-13", HT, [
        ("洪洞县人民政府第二十一次常务会议纪要", "2022年5月10日上午", "2022-05-10", "时间：2022年5月10日上午9:00",
         "county 常务会议纪要 on an 信息公开 page: titled names on the 主持 / 出席 / 请假 / 列席 lines; numbered 议定事项 with 牵头 officials (县发改局局长吕建新)")]),
    "ch02_hongtong.txt": (2024, "发布时间：2024-06-21 10:12", HT, [
        ("洪洞县人民政府第十四次常务会议纪要", "2024年6月18日下午", "2024-06-18", "时　间：2024年6月18日下午3:00",
         "the same county's 纪要 two years later: 吕建新 now 副县长, a new 县长 and 发改局局长; titled 请假; a 镇党委书记 列席")]),
    "ch03_linchuan.txt": (2023, "发布时间：2023-03-16 08:45", LC, [
        ("邹国华主持召开区委常委会会议", "3月15日", "2023-03-15", "3月15日，区委书记邹国华",
         "district site: 区委常委会会议; 出席 chains (游建明, formerly 崇仁, now 常务副区长); 列席 人大, 政协, 副区长, 法院, 检察院")]),
    "ch04_chongren.txt": (2021, "发布日期：2021-04-16", CR, [
        ("崇仁县人民政府2021年第5次常务会议纪要", "2021年4月14日上午", "2021-04-14", "时间：2021年4月14日上午8:30",
         "county 信息公开 table page: 主持人 / 出席人员 / 请假人员 / 列席人员 / 记录人; 议定事项 with 县发改局局长揭国庆 牵头")]),
    "ch05_lingling.txt": (2022, "2022-08-24 18:32:06", LL, [
        ("零陵区委常委会召开会议 研究部署古城保护和城市更新工作", "8月23日", "2022-08-23", "8月23日，区委书记唐振邦",
         "city portal: 区委常委会 with 出席 chains (宣传部部长雷雅琴) and 列席 (区人大常委会主任穆连成#2); 相关新闻")]),
    "ch06_qiyang.txt": (2024, "2024年4月11日　星期四", QY, [
        ("祁阳市政府召开第三十六次常务会议", "4月9日", "2024-04-09", "本报讯（记者 蒋晓芸 通讯员 陈文博）4月9日",
         "city paper 第03版: county-level city's 市政府常务会议 chaired by 雷雅琴, now 市长; 发改局局长 汇报; 牵头 副市长")]),
    "ch07_beian.txt": (2023, "发布时间：2023-04-20 16:30", BA, [
        ("【在线访谈】守护黑土地 端牢“中国饭碗”", "2023年4月20日", "2023-04-20", "访谈时间：2023年4月20日 上午9:30",
         "city site 在线访谈: 主持人 and ``嘉宾：name　title`` lines (农业农村局局长 and 副局长); no event")]),
    "ch08_beian.txt": (2025, "发布时间：2025-05-16", BA, [
        ("北安市人民政府第九次常务会议纪要", "2025年5月14日上午", "2025-05-14", "时间：2025年5月14日上午8:30",
         "city 纪要: the 访谈 guest now 副市长, the 副局长 now 局长; titled 请假; 镇党委书记 列席; 议定事项 with 牵头")]),
    "ch09_chongren.txt": (2024, "2024年7月12日　星期五", CR, [
        ("崇仁研究部署输变电装备产业园建设", "7月10日", "2024-07-10", "本报讯（记者 黄蕾 通讯员 吴晓冬）7月10日",
         "city paper 第A03版: county 常务会议; 揭国庆, formerly 发改局局长, now 常务副县长; the new 发改局局长 汇报")]),
}

_C01_CX = "出席：县委常委、常务副县长乔卫东，副县长师晓峰、卫丽娜，副县长段永强"
_C01_LX = "列席：县政府办公室主任王海滨，县发改局局长吕建新，县财政局局长穆连成，县自然资源局局长亢晓燕，大槐树镇镇长薛文涛"
_C02_CX = "出　席：县委常委、常务副县长乔卫东；副县长师晓峰、吕建新、郝婉清"
_C02_LX = "列　席：县政府办公室主任王海滨；县发改局局长武建华；县财政局局长穆连成；县住建局局长贺志勇；甘亭镇党委书记刘晓宁"
_C03_CX = "区委副书记、区长黎志远，区委副书记甘晓辉，区委常委、常务副区长游建明，区委常委、组织部部长程雪芳，区委常委、区纪委书记、区监委主任邓卫平出席会议"
_C03_LX = "区人大常委会主任章红梅，区政协主席饶春生，副区长傅晓军，区人民法院院长聂宏斌，区人民检察院检察长乐志坚列席会议"
_C04_CX = "出席人员：县委常委、常务副县长游建明，副县长艾丽华、涂志刚"
_C04_LX = "列席人员：县政府办公室主任龚立伟，县发改局局长揭国庆，县财政局局长邱明远，县工信局局长上官志诚，巴山镇党委书记付美玲"
_C05_CX = "区委副书记、区长周海燕，区委常委、常务副区长蒋卫星，区委常委、宣传部部长雷雅琴，区委常委、区委办公室主任何晓鹏出席会议"
_C05_LX = "区人大常委会主任穆连成、区政协主席文国华、副区长邓湘玲列席会议"
_C06_CX = "市委常委、常务副市长许德华，副市长唐丽萍、伍建勋、彭晓东出席会议"
_C08_CX = "出席：市委常委、常务副市长房立伟，副市长隋长友、宫雪梅"
_C08_LX = "列席：市政府办公室主任林海波，市农业农村局局长于海林，市财政局局长卢景涛，市水务局局长姜永刚，通北镇党委书记郑丽娜"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 山西 临汾 洪洞县
    "ch:贾鸿儒": ("贾鸿儒", "official", HT, [
        ("ch01", "洪洞县委", "副书记", "主持：县委副书记、县长贾鸿儒", "2022; 主持 line"),
        ("ch01", "洪洞县政府", "县长", "主持：县委副书记、县长贾鸿儒", None)], []),
    "ch:乔卫东": ("乔卫东", "official", HT, [
        ("ch01", "洪洞县委", "常委", _C01_CX, "2022; the item ``由县委常委、常务副县长乔卫东统筹协调`` repeats it (one line)"),
        ("ch01", "洪洞县政府", "常务副县长", _C01_CX, None),
        ("ch02", "洪洞县委", "常委", "县委常委、常务副县长乔卫东；", "2024: the same posts"),
        ("ch02", "洪洞县政府", "常务副县长", "县委常委、常务副县长乔卫东；", None)], []),
    "ch:师晓峰": ("师晓峰", "official", HT, [
        ("ch01", "洪洞县政府", "副县长", "副县长师晓峰、卫丽娜", "2022: list after one title"),
        ("ch02", "洪洞县政府", "副县长", "副县长师晓峰、吕建新、郝婉清", "2024")], []),
    "ch:卫丽娜": ("卫丽娜", "official", HT, [
        ("ch01", "洪洞县政府", "副县长", "副县长师晓峰、卫丽娜", "2022: 出席"),
        ("ch02", "洪洞县政府", "副县长", "请　假：副县长卫丽娜（带队赴长三角招商）", "2024: titled 请假: a holding, not an attendee")], []),
    "ch:段永强": ("段永强", "official", HT, [
        ("ch01", "洪洞县政府", "副县长", "副县长段永强", "a second 副县长 title on the same line")], []),
    "ch:柴永胜": ("柴永胜", "official", HT, [
        ("ch01", "洪洞县政府", "副县长", "请假：副县长柴永胜（在省委党校学习）", "titled 请假: a holding, not an attendee")], []),
    "ch:王海滨": ("王海滨", "official", HT, [
        ("ch01", "洪洞县政府办公室", "主任", "列席：县政府办公室主任王海滨", "2022: 列席"),
        ("ch02", "洪洞县政府办公室", "主任", "列　席：县政府办公室主任王海滨", "2024: 列席")], []),
    "ch:吕建新": ("吕建新", "official", HT, [
        ("ch01", "洪洞县发改局", "局长", "县发改局局长吕建新，", "2022: 列席; the item ``由县发改局局长吕建新牵头`` repeats it (identity case: 副县长 in 2024, ch02)"),
        ("ch02", "洪洞县政府", "副县长", "副县长师晓峰、吕建新、郝婉清", "2024: now 副县长 (``由副县长吕建新牵头`` repeats it)")], []),
    "ch:穆连成#1": ("穆连成", "official", HT, [
        ("ch01", "洪洞县财政局", "局长", "县财政局局长穆连成，", "洪洞 (山西), 2022; not the 穆连成 of 零陵 (ch05)"),
        ("ch02", "洪洞县财政局", "局长", "县财政局局长穆连成；", "2024: the same post")], []),
    "ch:亢晓燕": ("亢晓燕", "official", HT, [
        ("ch01", "洪洞县自然资源局", "局长", "县自然资源局局长亢晓燕", "列席")], []),
    "ch:薛文涛": ("薛文涛", "official", HT, [
        ("ch01", "洪洞县大槐树镇政府", "镇长", "大槐树镇镇长薛文涛", "列席: a town's 镇长")], []),
    "ch:曹永福": ("曹永福", "official", HT, [
        ("ch01", "洪洞县水利局", "局长", "县水利局局长曹永福", "DECIDED HERE: named only in a 议定事项: a holding, no attendee")], []),
    "ch:常晓东": ("常晓东", "official", HT, [
        ("ch02", "洪洞县委", "副书记", "主　持：县委副书记、县长常晓东", "2024; the lead repeats it"),
        ("ch02", "洪洞县政府", "县长", "主　持：县委副书记、县长常晓东", None)], []),
    "ch:郝婉清": ("郝婉清", "official", HT, [
        ("ch02", "洪洞县政府", "副县长", "副县长师晓峰、吕建新、郝婉清", None)], []),
    "ch:武建华": ("武建华", "official", HT, [
        ("ch02", "洪洞县发改局", "局长", "县发改局局长武建华；", "列席; succeeds 吕建新; the item repeats it")], []),
    "ch:贺志勇": ("贺志勇", "official", HT, [
        ("ch02", "洪洞县住建局", "局长", "县住建局局长贺志勇；", "列席")], []),
    "ch:刘晓宁": ("刘晓宁", "official", HT, [
        ("ch02", "洪洞县甘亭镇党委", "书记", "甘亭镇党委书记刘晓宁", "列席: a town's 党委书记")], []),
    "ch:冯婧": ("冯婧", "author", HT, [], ["ch01", "ch02"]),
    # ---- 江西 抚州 临川区
    "ch:邹国华": ("邹国华", "official", LC, [
        ("ch03", "临川区委", "书记", "3月15日，区委书记邹国华主持召开", "bare 区委 on the 临川区 site; named in the headline too")], []),
    "ch:黎志远": ("黎志远", "official", LC, [
        ("ch03", "临川区委", "副书记", "区委副书记、区长黎志远", None),
        ("ch03", "临川区政府", "区长", "区委副书记、区长黎志远", None)], []),
    "ch:甘晓辉": ("甘晓辉", "official", LC, [
        ("ch03", "临川区委", "副书记", "区委副书记甘晓辉", None)], []),
    "ch:游建明": ("游建明", "official", LC, [
        ("ch04", "崇仁县委", "常委", _C04_CX, "2021: 崇仁 (identity case: 临川区 常务副区长 in 2023, ch03); the item repeats it"),
        ("ch04", "崇仁县政府", "常务副县长", _C04_CX, None),
        ("ch03", "临川区委", "常委", "区委常委、常务副区长游建明", "2023: moved to 临川区"),
        ("ch03", "临川区政府", "常务副区长", "区委常委、常务副区长游建明", None)], []),
    "ch:程雪芳": ("程雪芳", "official", LC, [
        ("ch03", "临川区委", "常委", "区委常委、组织部部长程雪芳", None),
        ("ch03", "临川区委组织部", "部长", "区委常委、组织部部长程雪芳", "组织部 after 区委常委 = the 区委's")], []),
    "ch:邓卫平": ("邓卫平", "official", LC, [
        ("ch03", "临川区委", "常委", "区委常委、区纪委书记、区监委主任邓卫平", None),
        ("ch03", "临川区纪委", "书记", "区委常委、区纪委书记、区监委主任邓卫平", None),
        ("ch03", "临川区监委", "主任", "区委常委、区纪委书记、区监委主任邓卫平", None)], []),
    "ch:章红梅": ("章红梅", "official", LC, [
        ("ch03", "临川区人大常委会", "主任", "区人大常委会主任章红梅", "列席")], []),
    "ch:饶春生": ("饶春生", "official", LC, [
        ("ch03", "临川区政协", "主席", "区政协主席饶春生", "列席")], []),
    "ch:傅晓军": ("傅晓军", "official", LC, [
        ("ch03", "临川区政府", "副区长", "副区长傅晓军", "列席")], []),
    "ch:聂宏斌": ("聂宏斌", "official", LC, [
        ("ch03", "临川区人民法院", "院长", "区人民法院院长聂宏斌", "列席; the court as written")], []),
    "ch:乐志坚": ("乐志坚", "official", LC, [
        ("ch03", "临川区人民检察院", "检察长", "区人民检察院检察长乐志坚", "列席")], []),
    # ---- 江西 抚州 崇仁县
    "ch:聂文斌": ("聂文斌", "official", CR, [
        ("ch04", "崇仁县委", "副书记", "主持人：县委副书记、县长聂文斌", "2021"),
        ("ch04", "崇仁县政府", "县长", "主持人：县委副书记、县长聂文斌", None)], []),
    "ch:艾丽华": ("艾丽华", "official", CR, [
        ("ch04", "崇仁县政府", "副县长", "副县长艾丽华、涂志刚", "list after one title; the item repeats it")], []),
    "ch:涂志刚": ("涂志刚", "official", CR, [
        ("ch04", "崇仁县政府", "副县长", "副县长艾丽华、涂志刚", "2021"),
        ("ch09", "崇仁县政府", "副县长", "副县长涂志刚、欧阳琳", "2024: the same post")], []),
    "ch:车晓亮": ("车晓亮", "official", CR, [
        ("ch04", "崇仁县政府", "副县长", "请假人员：副县长车晓亮（带队赴浙江招商）", "titled 请假: a holding, not an attendee")], []),
    "ch:龚立伟": ("龚立伟", "official", CR, [
        ("ch04", "崇仁县政府办公室", "主任", "县政府办公室主任龚立伟", "列席")], []),
    "ch:揭国庆": ("揭国庆", "official", CR, [
        ("ch04", "崇仁县发改局", "局长", "县发改局局长揭国庆，", "2021: 列席; 牵头 in an item (identity case: 常务副县长 in 2024, ch09)"),
        ("ch09", "崇仁县委", "常委", "县委常委、常务副县长揭国庆，", "2024: bare 县委 after ``崇仁县委副书记、县长`` in the 抚州日报"),
        ("ch09", "崇仁县政府", "常务副县长", "县委常委、常务副县长揭国庆，", "2024: the post 游建明 held in 2021")], []),
    "ch:邱明远": ("邱明远", "official", CR, [
        ("ch04", "崇仁县财政局", "局长", "县财政局局长邱明远", "列席")], []),
    "ch:上官志诚": ("上官志诚", "official", CR, [
        ("ch04", "崇仁县工信局", "局长", "县工信局局长上官志诚", "列席; a two-character surname")], []),
    "ch:付美玲": ("付美玲", "official", CR, [
        ("ch04", "崇仁县巴山镇党委", "书记", "巴山镇党委书记付美玲", "列席")], []),
    "ch:谌宏亮": ("谌宏亮", "official", CR, [
        ("ch04", "崇仁县水利局", "局长", "县水利局局长谌宏亮", "DECIDED HERE: named only in a 议定事项: a holding, no attendee")], []),
    "ch:黄雨欣": ("黄雨欣", "author", CR, [], ["ch04"]),
    "ch:熊立峰": ("熊立峰", "official", CR, [
        ("ch09", "崇仁县委", "副书记", "崇仁县委副书记、县长熊立峰", None),
        ("ch09", "崇仁县政府", "县长", "崇仁县委副书记、县长熊立峰", None)], []),
    "ch:欧阳琳": ("欧阳琳", "official", CR, [
        ("ch09", "崇仁县政府", "副县长", "副县长涂志刚、欧阳琳", "a two-character surname")], []),
    "ch:吴乐平": ("吴乐平", "official", CR, [
        ("ch09", "崇仁县发改局", "局长", "县发改局局长吴乐平", "succeeds 揭国庆; 县发改局 of 崇仁 here, of 洪洞 in ch01 / ch02")], []),
    # ---- 湖南 永州 零陵区, 祁阳市
    "ch:唐振邦": ("唐振邦", "official", LL, [
        ("ch05", "零陵区委", "书记", "8月23日，区委书记唐振邦", "bare 区委 in the 永州 portal's 零陵 article = 零陵区委")], []),
    "ch:周海燕": ("周海燕", "official", LL, [
        ("ch05", "零陵区委", "副书记", "区委副书记、区长周海燕", None),
        ("ch05", "零陵区政府", "区长", "区委副书记、区长周海燕", None)], []),
    "ch:蒋卫星": ("蒋卫星", "official", LL, [
        ("ch05", "零陵区委", "常委", "区委常委、常务副区长蒋卫星", None),
        ("ch05", "零陵区政府", "常务副区长", "区委常委、常务副区长蒋卫星", None)], []),
    "ch:雷雅琴": ("雷雅琴", "official", QY, [
        ("ch05", "零陵区委", "常委", "区委常委、宣传部部长雷雅琴", "2022: 零陵区 (identity case: 祁阳市长 in 2024, ch06)"),
        ("ch05", "零陵区委宣传部", "部长", "区委常委、宣传部部长雷雅琴", None),
        ("ch06", "祁阳市委", "副书记", "祁阳市委副书记、市长雷雅琴", "2024: moved to 祁阳市"),
        ("ch06", "祁阳市政府", "市长", "祁阳市委副书记、市长雷雅琴", None)], []),
    "ch:何晓鹏": ("何晓鹏", "official", LL, [
        ("ch05", "零陵区委", "常委", "区委常委、区委办公室主任何晓鹏", None),
        ("ch05", "零陵区委办公室", "主任", "区委常委、区委办公室主任何晓鹏", None)], []),
    "ch:穆连成#2": ("穆连成", "official", LL, [
        ("ch05", "零陵区人大常委会", "主任", "区人大常委会主任穆连成", "零陵 (湖南); not the 穆连成 of 洪洞 (ch01, ch02)")], []),
    "ch:文国华": ("文国华", "official", LL, [
        ("ch05", "零陵区政协", "主席", "区政协主席文国华", "列席")], []),
    "ch:邓湘玲": ("邓湘玲", "official", LL, [
        ("ch05", "零陵区政府", "副区长", "副区长邓湘玲", "列席")], []),
    "ch:许德华": ("许德华", "official", QY, [
        ("ch06", "祁阳市委", "常委", "市委常委、常务副市长许德华，", "bare 市委 after ``祁阳市委副书记、市长``; the item repeats it"),
        ("ch06", "祁阳市政府", "常务副市长", "市委常委、常务副市长许德华，", None)], []),
    "ch:唐丽萍": ("唐丽萍", "official", QY, [
        ("ch06", "祁阳市政府", "副市长", "副市长唐丽萍、伍建勋、彭晓东", "list after one title")], []),
    "ch:伍建勋": ("伍建勋", "official", QY, [
        ("ch06", "祁阳市政府", "副市长", "副市长唐丽萍、伍建勋、彭晓东", None)], []),
    "ch:彭晓东": ("彭晓东", "official", QY, [
        ("ch06", "祁阳市政府", "副市长", "副市长唐丽萍、伍建勋、彭晓东", None)], []),
    "ch:屈明亮": ("屈明亮", "official", QY, [
        ("ch06", "祁阳市发改局", "局长", "市发改局局长屈明亮", None)], []),
    # ---- 黑龙江 黑河 北安市
    "ch:隋长友": ("隋长友", "official", BA, [
        ("ch07", "北安市农业农村局", "局长", "嘉宾：隋长友　市农业农村局局长", "2023: the 访谈 guest line (identity case: 副市长 in 2025, ch08)"),
        ("ch08", "北安市政府", "副市长", "副市长隋长友、宫雪梅", "2025: now 副市长 (``由副市长隋长友牵头`` repeats it)")], []),
    "ch:于海林": ("于海林", "official", BA, [
        ("ch07", "北安市农业农村局", "副局长", "嘉宾：于海林　市农业农村局副局长", "2023"),
        ("ch08", "北安市农业农村局", "局长", "市农业农村局局长于海林，", "2025: now 局长 (succeeds 隋长友)")], []),
    "ch:迟景春": ("迟景春", "official", BA, [
        ("ch08", "北安市委", "副书记", "主持：市委副书记、市长迟景春", "bare 市委 on the 北安 site = 北安市委 (county-level city)"),
        ("ch08", "北安市政府", "市长", "主持：市委副书记、市长迟景春", None)], []),
    "ch:房立伟": ("房立伟", "official", BA, [
        ("ch08", "北安市委", "常委", _C08_CX, None),
        ("ch08", "北安市政府", "常务副市长", _C08_CX, None)], []),
    "ch:宫雪梅": ("宫雪梅", "official", BA, [
        ("ch08", "北安市政府", "副市长", "副市长隋长友、宫雪梅", None)], []),
    "ch:白振东": ("白振东", "official", BA, [
        ("ch08", "北安市政府", "副市长", "请假：副市长白振东（陪同省调研组）", "titled 请假: a holding, not an attendee")], []),
    "ch:林海波": ("林海波", "official", BA, [
        ("ch08", "北安市政府办公室", "主任", "市政府办公室主任林海波", "列席")], []),
    "ch:卢景涛": ("卢景涛", "official", BA, [
        ("ch08", "北安市财政局", "局长", "市财政局局长卢景涛", "列席")], []),
    "ch:姜永刚": ("姜永刚", "official", BA, [
        ("ch08", "北安市水务局", "局长", "市水务局局长姜永刚，", "列席; the item repeats it")], []),
    "ch:郑丽娜": ("郑丽娜", "official", BA, [
        ("ch08", "北安市通北镇党委", "书记", "通北镇党委书记郑丽娜", "列席; the item repeats it")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ch01", "冯婧", "记录", "author", "记录：冯婧"),
    ("ch02", "冯婧", "记录", "author", "记　录：冯婧"),
    ("ch03", "危丽萍", "责任编辑", "editor", "责任编辑：危丽萍"),
    ("ch03", "付向东", "审核", "editor", "审核：付向东"),
    ("ch04", "黄雨欣", "记录人", "author", "记录人：黄雨欣"),
    ("ch05", "胡晓珊", "作者", "author", "作者：胡晓珊"),
    ("ch05", "谢梦婷", "编辑", "editor", "编辑：谢梦婷"),
    ("ch06", "蒋晓芸", "记者", "reporter", "本报讯（记者 蒋晓芸 通讯员 陈文博）"),
    ("ch06", "陈文博", "通讯员", "correspondent", "本报讯（记者 蒋晓芸 通讯员 陈文博）"),
    ("ch06", "周丽华", "责任编辑", "editor", "责任编辑：周丽华"),
    ("ch07", "孙佳琪", "主持人", "host", "主持人：孙佳琪"),
    ("ch07", "张雪莹", "责任编辑", "editor", "责任编辑：张雪莹"),
    ("ch08", "刘思雨", "记录", "author", "记录：刘思雨"),
    ("ch09", "黄蕾", "记者", "reporter", "本报讯（记者 黄蕾 通讯员 吴晓冬）"),
    ("ch09", "吴晓冬", "通讯员", "correspondent", "本报讯（记者 黄蕾 通讯员 吴晓冬）"),
    ("ch09", "曾文君", "责任编辑", "editor", "责任编辑：曾文君"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ch01", "洪洞县人民政府第二十一次常务会议", "meeting (县政府常务会议)", "2022年5月10日上午", "贾鸿儒", None, [],
     ["乔卫东", "师晓峰", "卫丽娜", "段永强", "王海滨", "吕建新", "穆连成", "亢晓燕", "薛文涛"], ["贾鸿儒"], "县政府二楼常务会议室",
     "主持：县委副书记、县长贾鸿儒",
     ["主持：县委副书记、县长贾鸿儒", _C01_CX, _C01_LX, "贾鸿儒强调"]),
    ("ch02", "洪洞县人民政府第十四次常务会议", "meeting (县政府常务会议)", "2024年6月18日下午", "常晓东", None, [],
     ["乔卫东", "师晓峰", "吕建新", "郝婉清", "王海滨", "武建华", "穆连成", "贺志勇", "刘晓宁"], ["常晓东"], "县政府三楼会议室",
     "2024年6月18日下午，县委副书记、县长常晓东主持召开县政府第十四次常务会议",
     ["县长常晓东主持召开县政府第十四次常务会议", _C02_CX, _C02_LX, "常晓东指出"]),
    ("ch03", "临川区委常委会会议", "meeting (区委常委会会议)", "3月15日", "邹国华", None, [],
     ["黎志远", "甘晓辉", "游建明", "程雪芳", "邓卫平", "章红梅", "饶春生", "傅晓军", "聂宏斌", "乐志坚"],
     ["游建明", "邹国华", "黎志远"], None,
     "3月15日，区委书记邹国华主持召开区委常委会会议",
     ["区委书记邹国华主持召开区委常委会会议", _C03_CX, _C03_LX, "游建明就上顿渡老街保护提升项目", "邹国华强调",
      "黎志远就做好防汛备汛和春耕生产作了安排"]),
    ("ch04", "崇仁县人民政府2021年第5次常务会议", "meeting (县政府常务会议)", "2021年4月14日上午", "聂文斌", None, [],
     ["游建明", "艾丽华", "涂志刚", "龚立伟", "揭国庆", "邱明远", "上官志诚", "付美玲"], ["聂文斌"], "县政府第一会议室",
     "主持人：县委副书记、县长聂文斌",
     ["主持人：县委副书记、县长聂文斌", _C04_CX, _C04_LX, "聂文斌要求"]),
    ("ch05", "零陵区委常委会会议", "meeting (区委常委会会议)", "8月23日", "唐振邦", None, [],
     ["周海燕", "蒋卫星", "雷雅琴", "何晓鹏", "穆连成", "文国华", "邓湘玲"], ["雷雅琴", "蒋卫星", "唐振邦", "周海燕"], None,
     "8月23日，区委书记唐振邦主持召开区委常委会会议",
     ["区委书记唐振邦主持召开区委常委会会议", _C05_CX, _C05_LX, "雷雅琴汇报了", "蒋卫星通报了", "唐振邦强调",
      "周海燕就做好三季度经济运行调度作了安排"]),
    ("ch06", "祁阳市政府第三十六次常务会议", "meeting (市政府常务会议)", "4月9日", "雷雅琴", None, [],
     ["许德华", "唐丽萍", "伍建勋", "彭晓东"], ["屈明亮", "雷雅琴"], None,
     "祁阳市委副书记、市长雷雅琴主持召开市政府第三十六次常务会议",
     ["市长雷雅琴主持召开市政府第三十六次常务会议", _C06_CX, "会议听取了市发改局局长屈明亮关于", "雷雅琴强调"]),
    ("ch08", "北安市人民政府第九次常务会议", "meeting (市政府常务会议)", "2025年5月14日上午", "迟景春", None, [],
     ["房立伟", "隋长友", "宫雪梅", "林海波", "于海林", "卢景涛", "姜永刚", "郑丽娜"], ["迟景春"], "市政府502会议室",
     "主持：市委副书记、市长迟景春",
     ["主持：市委副书记、市长迟景春", _C08_CX, _C08_LX, "迟景春强调"]),
    ("ch09", "崇仁县政府第二十七次常务会议", "meeting (县政府常务会议)", "7月10日", "熊立峰", None, [],
     ["揭国庆", "涂志刚", "欧阳琳"], ["吴乐平", "熊立峰"], None,
     "崇仁县委副书记、县长熊立峰主持召开县政府第二十七次常务会议",
     ["县长熊立峰主持召开县政府第二十七次常务会议", "县委常委、常务副县长揭国庆，副县长涂志刚、欧阳琳出席会议",
      "会议听取了县发改局局长吴乐平关于", "熊立峰强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ch01", "甘亭工业园区标准化厂房二期", "industrial_park", "关于甘亭工业园区标准化厂房二期建设有关问题"),
    ("ch01", "大槐树寻根祭祖园游客服务中心提升改造项目", "project", "关于大槐树寻根祭祖园游客服务中心提升改造项目"),
    ("ch01", "汾河洪洞段生态修复工程", "greening_project", "关于汾河洪洞段生态修复工程资金筹措问题"),
    ("ch01", "城区集中供热管网改造工程", "infrastructure_project", "四、关于城区集中供热管网改造工程"),
    ("ch02", "甘亭工业园区标准化厂房三期", "industrial_park", "一、甘亭工业园区标准化厂房三期建设"),
    ("ch02", "城区老旧小区改造项目", "housing_project", "二、城区老旧小区改造项目"),
    ("ch02", "汾河洪洞段生态修复工程二期", "greening_project", "三、汾河洪洞段生态修复工程二期"),
    ("ch03", "上顿渡老街保护提升项目", "project", "游建明就上顿渡老街保护提升项目"),
    ("ch03", "抚河临川段防洪能力提升工程", "engineering_work", "抚河临川段防洪能力提升工程和临川区城南污水处理厂二期"),
    ("ch03", "临川区城南污水处理厂二期", "infrastructure_project", "临川区城南污水处理厂二期推进中存在的用地"),
    ("ch04", "崇仁县输变电装备产业园三期标准厂房", "industrial_park", "关于崇仁县输变电装备产业园三期标准厂房建设有关问题"),
    ("ch04", "崇仁河城区段综合治理工程", "engineering_work", "二、关于崇仁河城区段综合治理工程"),
    ("ch04", "县城污水处理厂提标改造工程", "infrastructure_project", "三、关于县城污水处理厂提标改造工程资金问题"),
    ("ch05", "零陵古城保护利用项目", "project", "会议听取了零陵古城保护利用项目"),
    ("ch05", "潇水零陵段生态修复工程", "greening_project", "潇水零陵段生态修复工程进展情况汇报"),
    ("ch05", "东山片区棚户区改造项目", "housing_project", "东山片区棚户区改造项目推进情况"),
    ("ch06", "祁阳经开区新材料产业园二期", "industrial_park", "研究祁阳经开区新材料产业园二期建设"),
    ("ch06", "湘江祁阳段防洪工程", "engineering_work", "湘江祁阳段防洪工程等事项"),
    ("ch06", "黎家坪镇老旧集镇改造项目", "project", "黎家坪镇老旧集镇改造项目由副市长唐丽萍牵头推进"),
    ("ch07", "通北镇高标准农田建设项目", "project", "重点推进通北镇高标准农田建设项目"),
    ("ch07", "赵光镇黑土地保护利用示范区", "project", "赵光镇黑土地保护利用示范区建设"),
    ("ch08", "通北镇高标准农田建设项目二期", "project", "同步推进通北镇高标准农田建设项目二期开工"),
    ("ch08", "乌裕尔河北安段河道治理工程", "engineering_work", "二、关于乌裕尔河北安段河道治理工程"),
    ("ch08", "城区供热老旧管网改造项目", "infrastructure_project", "三、关于城区供热老旧管网改造项目"),
    ("ch09", "崇仁县输变电装备产业园三期标准厂房", "industrial_park", "崇仁县输变电装备产业园三期标准厂房招商入驻情况"),
    ("ch09", "输变电装备产业园四期", "industrial_park", "会议同意启动输变电装备产业园四期建设"),
    ("ch09", "崇仁河城区段综合治理工程二期", "engineering_work", "崇仁河城区段综合治理工程二期要抓紧完成"),
    ("ch09", "相山镇乡村振兴示范带", "project", "相山镇乡村振兴示范带建设由副县长欧阳琳牵头"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ch01", "洪洞县", "county", "in_org_reference", "洪洞县人民政府第二十一次常务会议纪要"),
    ("ch01", "甘亭工业园区", "zone_park", "standalone", "研究了甘亭工业园区建设"),
    ("ch01", "甘亭镇", "town", "standalone", "县自然资源局、甘亭镇配合"),
    ("ch01", "大槐树镇", "town", "standalone", "县文旅局、大槐树镇具体负责"),
    ("ch01", "大槐树寻根祭祖园", "scenic_area", "in_project_name", "关于大槐树寻根祭祖园游客服务中心提升改造项目"),
    ("ch01", "汾河", "river", "standalone", "汾河生态修复等事项"),
    ("ch01", "洪洞", "county", "in_project_name", "关于汾河洪洞段生态修复工程资金筹措问题"),
    ("ch02", "洪洞县", "county", "in_org_reference", "洪洞县人民政府第十四次常务会议纪要"),
    ("ch02", "长三角", "region", "standalone", "带队赴长三角招商"),
    ("ch02", "甘亭工业园区", "zone_park", "standalone", "研究甘亭工业园区建设"),
    ("ch02", "甘亭镇", "town", "in_title", "甘亭镇党委书记刘晓宁做好征地和群众工作"),
    ("ch02", "汾河", "river", "in_project_name", "三、汾河洪洞段生态修复工程二期"),
    ("ch02", "洪洞", "county", "in_project_name", "三、汾河洪洞段生态修复工程二期"),
    ("ch03", "上顿渡", "town", "in_project_name", "游建明就上顿渡老街保护提升项目"),
    ("ch03", "抚河", "river", "in_project_name", "抚河临川段防洪能力提升工程和临川区城南污水处理厂二期"),
    ("ch03", "临川", "district", "in_project_name", "抚河临川段防洪能力提升工程和临川区城南污水处理厂二期"),
    ("ch03", "临川区", "district", "in_project_name", "临川区城南污水处理厂二期推进中存在的用地"),
    ("ch04", "崇仁县", "county", "in_org_reference", "崇仁县人民政府2021年第5次常务会议纪要"),
    ("ch04", "浙江", "province", "standalone", "带队赴浙江招商"),
    ("ch04", "巴山镇", "town", "standalone", "巴山镇做好沿线征迁"),
    ("ch04", "崇仁河", "river", "in_project_name", "二、关于崇仁河城区段综合治理工程"),
    ("ch05", "零陵区", "district", "in_org_reference", "零陵区委常委会召开会议"),
    ("ch05", "零陵古城", "heritage_site", "standalone", "研究部署零陵古城保护利用和城市更新工作"),
    ("ch05", "潇水", "river", "in_project_name", "潇水零陵段生态修复工程进展情况汇报"),
    ("ch05", "零陵", "district", "standalone", "零陵是国家历史文化名城"),
    ("ch05", "柳子庙历史文化街区", "heritage_site", "standalone", "柳子庙历史文化街区文旅融合发展"),
    ("ch05", "东山片区", "area", "in_project_name", "东山片区棚户区改造项目推进情况"),
    ("ch06", "祁阳市", "county_level_city", "in_org_reference", "祁阳市政府召开第三十六次常务会议"),
    ("ch06", "祁阳经开区", "development_zone", "in_project_name", "研究祁阳经开区新材料产业园二期建设"),
    ("ch06", "湘江", "river", "in_project_name", "湘江祁阳段防洪工程等事项"),
    ("ch06", "祁阳", "county_level_city", "in_project_name", "湘江祁阳段防洪工程等事项"),
    ("ch06", "浯溪", "scenic_area", "standalone", "完成浯溪段堤防加固"),
    ("ch06", "黎家坪镇", "town", "in_project_name", "黎家坪镇老旧集镇改造项目由副市长唐丽萍牵头推进"),
    ("ch07", "北安市", "county_level_city", "in_org_reference", "欢迎收看北安市人民政府网站在线访谈"),
    ("ch07", "北安", "county_level_city", "standalone", "北安是全省的粮食主产区"),
    ("ch07", "通北镇", "town", "in_project_name", "重点推进通北镇高标准农田建设项目"),
    ("ch07", "赵光镇", "town", "in_project_name", "赵光镇黑土地保护利用示范区建设"),
    ("ch07", "海星镇", "town", "standalone", "在海星镇、石泉镇开展现场培训"),
    ("ch07", "石泉镇", "town", "standalone", "在海星镇、石泉镇开展现场培训"),
    ("ch08", "北安市", "county_level_city", "in_org_reference", "北安市人民政府第九次常务会议纪要"),
    ("ch08", "通北镇", "town", "in_title", "通北镇党委书记郑丽娜负责沿线群众工作"),
    ("ch08", "乌裕尔河", "river", "in_project_name", "二、关于乌裕尔河北安段河道治理工程"),
    ("ch08", "北安", "county_level_city", "in_project_name", "二、关于乌裕尔河北安段河道治理工程"),
    ("ch09", "崇仁", "county", "standalone", "崇仁研究部署输变电装备产业园建设"),
    ("ch09", "崇仁县", "county", "in_project_name", "崇仁县输变电装备产业园三期标准厂房招商入驻情况"),
    ("ch09", "崇仁河", "river", "in_project_name", "崇仁河城区段综合治理工程二期要抓紧完成"),
    ("ch09", "相山镇", "town", "in_project_name", "相山镇乡村振兴示范带建设由副县长欧阳琳牵头"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ch", conventions="set ch (blind set: county and city 会议纪要 with 时间 / 地点 / 主持 / 出席 / 请假 / 列席 / 记录 lines of titled names and numbered 议定事项 with 牵头 officials, 区委常委会 pages with 出席 and 列席 lists, and one 在线访谈, in 山西 临汾 (洪洞县 twice), 江西 抚州 (临川区, 崇仁县 twice), 湖南 永州 (零陵区, 祁阳市) and 黑龙江 黑河 (北安市 twice): titled field-line names are holdings, 列席 are attendees, a titled 请假 is a holding but no attendee, a person named with a title only in an item is a holding but no attendee, 记录 is a reporters line (role author); the interview is no event, its 嘉宾 line gives the holding and its named 主持人 is a reporters line (role host); one line per post per article)",
          persons_note="Set ch persons. id = corpus-wide person_id (ch:穆连成#1 of 洪洞县 (山西, 县财政局局长) and ch:穆连成#2 of 零陵区 (湖南, 区人大常委会主任) are two people; ch:吕建新 洪洞县发改局局长 2022 → 洪洞县副县长 2024; ch:游建明 崇仁县委常委、常务副县长 2021 → 临川区委常委、常务副区长 2023; ch:揭国庆 崇仁县发改局局长 2021 → 崇仁县委常委、常务副县长 2024; ch:雷雅琴 零陵区委常委、宣传部部长 2022 → 祁阳市委副书记、市长 2024; ch:隋长友 北安市农业农村局局长 2023 → 北安市副市长 2025; ch:于海林 北安市农业农村局副局长 2023 → 局长 2025)")


if __name__ == "__main__":
    main()
