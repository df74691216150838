"""Write gold part ``cx`` (a blind set: district and county pages of the four municipalities and of two sub-provincial
cities) from the tables below.

Pages ``tests/dev/texts/cx*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: 北京 district pages (a 平谷 党政代表团 in 房山 with ``平谷区委书记…，区委副
书记、区长…``; a 市政协主席's 调研 in 房山 ``发布时间 … 文章来源 … 浏览量``; a 顺义 区政协 座谈会 ``来源:北京顺义微信公众号``), 上海
崇明 pages (a 区人大常委会 session ``区委书记…出席会议，区人大常委会主任…主持会议``, ``记者: ;摄影:``; a 区委全会 ``区委常委会主持``),
a 宁河 page of an 东丽区 党政代表团 (``县委书记…，县委副书记、县长…等县领导陪同考察``), the 万州 / 彭水 政府工作报告 (``在市委、市政府
和区委坚强领导下``), a 南岸 ``区长办公会`` page (``区领导…参加会议``), 同安 pages of the 厦门日报 / 海西晨报 (``通讯员 … 摄``,
``海西晨报讯（通讯员 …）``) and the 象山 entry (its 3 街道, 10 镇, 5 乡). No page was copied. Places are real.

Municipalities, places and layouts:
- cx01 北京 顺义区: the district government site (``当前位置：首页 > 新闻中心 > 顺义要闻``, ``发布时间： 来源： 浏览次数：``,
  ``字号：``, ``责任编辑：``, footer): a 北京 副市长's 调研 (市发展改革委 副主任 with him; 区委书记, 区长, 副区长 hosts; 镇 heads).
- cx02 北京 平谷区: the district 融媒体 WeChat article (``原创 平谷融媒 北京平谷 … 发表于北京``, ``记者： 编辑： 审核：``): the
  区政府常务会议 chaired by the new 区长 (顺义's former 副区长); 区人大常委会 / 区政协 列席.
- cx03 天津 蓟州区: the district government site (``发布日期： 来源：蓟州区融媒体中心``, ``（记者 …）``): the 区委书记's project-site
  调研 (named projects, two 镇 and a 街道).
- cx04 天津 宁河区: the district 融媒体 centre's news site (``来源：宁河融媒 作者：记者 … 通讯员 … 时间：``, 上一篇 / 下一篇): a 天津
  市委常委、副市长's 调研 of 七里海 and 乡村振兴.
- cx05 上海 崇明区: the district paper 崇明报 第1版 (two items, ``本报讯（记者 …）``, ``本版责任编辑/ 版式设计/``): a 上海 副市长's
  调研 and the 区政协 常委会议.
- cx06 上海 金山区: the district government site: the 区委常委会 会议 (区人大常委会主任, 区政协主席 列席).
- cx07 重庆 万州区: the district government site (``（区政府办公室供稿）``): the 区政府常务会议; 副区长 王建平#2.
- cx08 重庆 彭水苗族土家族自治县: the county 融媒体 app page (``打开APP``, 点赞 / 写评论 / 分享, 相关推荐): a 重庆 副市长's 调研;
  县委 / 县政府 hosts.
- cx09 宁波 象山县: the county paper 今日象山 第1版 (one item, 本版其他新闻): a 宁波 市委常委、副市长's 调研.
- cx10 厦门 同安区: the district government site (``同安讯（记者 … 通讯员 …）``): the 区委书记's project-site 调研.

Identity cases:
- cx:程海峰 moves district inside 北京: 顺义区副区长 in April 2021 (cx01) → 平谷区委副书记、区长 in June 2023 (cx02).
- two different 王建平 in two municipalities: cx:王建平#1 蓟州区委常委、副区长 (天津, cx03, 2020); cx:王建平#2 万州区副区长 (重庆, cx07,
  2021). Both are written bare after a title (``区委常委、副区长王建平``, ``副区长王建平、向丽``).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts br, av, cv, cw where they speak; decided here where they are silent):
- Bare ``市`` on a municipality's district or county page is the municipality (as br): ``副市长`` → 北京市政府 / 上海市政府 / 重庆市政府;
  ``市委常委、副市长`` → 天津市委 常委 + 天津市政府 副市长; ``市发展改革委`` → 北京市发展改革委, ``市水务局`` → 上海市水务局, ``市农业
  农村委`` → 天津市农业农村委 / 重庆市农业农村委 (departments as the body writes them after 市). On the 象山 paper (宁波, a sub-provincial
  city, 象山 a county of it) bare 市 is 宁波市: ``市委常委、副市长`` → 宁波市委 常委 + 宁波市政府 副市长, ``市发改委`` → 宁波市发改委.
- Bare ``区`` is the page's district (``区委副书记、区长`` on the 平谷 WeChat → 平谷区委 / 平谷区政府); a host chain led by ``顺义区委书记`` /
  ``宁河区委书记`` gives the bare 区委 / 区长 / 副区长 after it that district. Districts of a municipality need no city prefix: each name
  here is the only district of that name in China (顺义区, 平谷区, 蓟州区, 宁河区, 崇明区, 金山区, 万州区, 同安区), so none takes
  its municipality in front; none of the pages names a shared district name.
- The autonomous county takes its full name (as cv's 民和): 县委 / 县政府 on the 彭水 page → 彭水苗族土家族自治县委 /
  彭水苗族土家族自治县政府, its towns 彭水苗族土家族自治县郁山镇党委; places keep the names as written (彭水, 彭水县).
- Towns and 街道 take their district or county: 顺义区赵全营镇党委, 蓟州区文昌街道党工委,
  宁河区七里海镇政府 镇长, 崇明区陈家镇党委, 金山区石化街道党工委, 象山县鹤浦镇政府 镇长, 同安区大同街道党工委.
- District departments as written after the district: 顺义区经济和信息化局, 平谷区水务局, 蓟州区发展改革委, 金山区发展改革委,
  万州区住房城乡建委, 同安区发改局.
- One line per post per article (庞德华's second ``县委常委、副县长`` in cx08 gives none); 俞海波 is 崇明区政府 副区长 in both items of
  the 崇明报 (one line per item).
- Events: 调研 is an ``inspection`` led by the visitor or the 区委书记 (陪同 / 参加调研 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 /
  表示 / 叮嘱 / 提出意见 speakers); 常务会议, 区委常委会 会议, 区政协 常委会议 are meetings (chair when 主持; 出席 / 列席 attendees;
  ``到会通报`` attendee and speaker). The 市委全会 relayed in cx06 and the 市 防汛 电视电话会议 relayed in cx07 are no events.
- Credits: ``记者`` / ``通讯员`` in a dateline, a byline or a stamp's ``作者：记者 …`` are reporter / correspondent credits;
  编辑 / 责任编辑 / 本版责任编辑 / 版式设计 / 审核 are editors; ``（区政府办公室供稿）`` names nobody.
- Projects: named works inspected, reported or pushed; 产业园 industrial_park; 防汛 / 堤防 / 防洪护岸 / 河道综合治理 works
  engineering_work; 生态修复 works greening_project; 管廊 / 污水处理 / 旅游公路 works infrastructure_project; 老旧小区 / 城市更新 /
  生态社区 / 安置区 works housing_project; 冷链 centres logistics_hub; a work whose 前期工作方案 is reviewed planned_project.
- Places: one line per name per file as written; places inside titles, organ references and project names count; site lines,
  stamp lines (``发表于北京``), breadcrumbs, side lists (往期推荐, 相关推荐, 本版其他新闻), 上一篇 / 下一篇, document titles in 《》
  and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

PS = "彭水苗族土家族自治县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cx01_shunyi.txt": (2021, "发布时间：2021-04-21 17:36", "顺义区", [
        ("晏立群到顺义区调研高端制造业发展和重点项目建设", "4月20日", "2021-04-20", "本网讯（记者 邢晓燕）",
         "district government site: a 北京 副市长's 调研 in 顺义 (visitor and host posts; 镇 heads); 副区长 程海峰 (平谷区长 in 2023)")]),
    "cx02_pinggu.txt": (2023, "2023-06-15 20:18", "平谷区", [
        ("程海峰主持召开区政府第四十二次常务会议", "6月15日", "2023-06-15", "6月15日，区委副书记、区长程海峰主持召开",
         "district 融媒体 WeChat article: the 区政府常务会议 chaired by the 区长 (顺义's former 副区长); 人大 / 政协 列席")]),
    "cx03_jizhou.txt": (2020, "发布日期：2020-05-13", "蓟州区", [
        ("栾振宇深入镇街调研重点项目建设和生态保护工作", "5月12日", "2020-05-12", "5月12日，区委书记栾振宇深入",
         "district government site: the 区委书记's project-site 调研; 区委常委、副区长 王建平#1")]),
    "cx04_ninghe.txt": (2022, "时间：2022-08-17 18:42", "宁河区", [
        ("曾庆和到宁河区调研七里海湿地保护和乡村振兴工作", "8月17日", "2022-08-17", "8月17日，市委常委、副市长曾庆和",
         "district 融媒体 site: a 天津 市委常委、副市长's 调研 (七里海, 镇 heads, projects)")]),
    "cx05_chongming.txt": (2024, "2024年3月15日　星期五", "崇明区", [
        ("邬振华来崇调研生态岛建设和水利工程推进情况", "3月14日", "2024-03-14", "本报讯（记者 沈佳怡）",
         "district paper 崇明报 第1版: a 上海 副市长's 调研 (visitor and host posts)"),
        ("区政协召开二届二十次常委会议", "3月13日", "2024-03-13", "本报讯（记者 黄丹",
         "district paper: the 区政协 常委会议 chaired by its 主席; a 副区长 通报")]),
    "cx06_jinshan.txt": (2025, "发布时间：2025-01-08", "金山区", [
        ("区委常委会召开会议 研究部署全区重点项目建设等工作", "1月7日", "2025-01-07", "1月7日，区委书记钱海鸣主持召开",
         "district government site: the 区委常委会 会议 (区人大常委会主任, 区政协主席 列席)")]),
    "cx07_wanzhou.txt": (2021, "发布时间：2021-07-09 18:25", "万州区", [
        ("樊国庆主持召开区政府第97次常务会议", "7月9日", "2021-07-09", "7月9日，区委副书记、区长樊国庆主持召开",
         "district government site: the 区政府常务会议; 副区长 王建平#2")]),
    "cx08_pengshui.txt": (2023, "发布时间：2023-10-26 19:05", PS, [
        ("洪志军来彭调研乡村振兴和文旅融合发展工作", "10月26日", "2023-10-26", "10月26日，副市长洪志军来彭调研",
         "county 融媒体 app page: a 重庆 副市长's 调研 in an autonomous county (县委 / 县政府 hosts)")]),
    "cx09_xiangshan.txt": (2019, "2019年11月22日　星期五", "象山县", [
        ("谢卫东来象调研海洋经济发展", "11月21日", "2019-11-21", "本报讯（记者 胡雪莹 通讯员 应海波）",
         "county paper 今日象山 第1版: a 宁波 市委常委、副市长's 调研 (visitor and host posts)")]),
    "cx10_tongan.txt": (2025, "发布时间：2025-05-14 17:52", "同安区", [
        ("洪志坚到项目一线调研重点项目建设", "5月13日", "2025-05-13", "同安讯（记者 庄晓琳 通讯员 许鸿斌）",
         "district government site: the 区委书记's project-site 调研 (街道, 镇, named projects)")]),
}

_HOST01 = "顺义区委书记杜一鸣，区委副书记、区长严国栋，副区长程海峰陪同调研"
_CHEN02 = "6月15日，区委副书记、区长程海峰主持召开"
_SEC02 = "区委常委、常务副区长韦立军，副区长秦雅楠、甘志刚出席会议"
_RD02 = "区人大常委会副主任霍建英、区政协副主席邵庆林列席会议"
_WANG03 = "区委常委、副区长王建平，区发展改革委主任郜立新陪同调研"
_ZENG04 = "8月17日，市委常委、副市长曾庆和到宁河区调研"
_HOST04 = "宁河区委书记柴宏远，区委副书记、区长覃晓光，副区长满春雷陪同调研"
_HOST05 = "区委书记韩振东，区委副书记、区长蔡雯，副区长俞海波陪同调研"
_ZX05 = "区政协副主席范正明、季红霞出席会议"
_ATT06 = "区委副书记、区长范晓东，区委副书记何文斌，区委常委、常务副区长袁志强等区委常委出席会议"
_RD06 = "区人大常委会主任沈丽君、区政协主席朱立华列席会议"
_FAN07 = "7月9日，区委副书记、区长樊国庆主持召开"
_ATT07 = "区委常委、常务副区长肖明辉，副区长王建平、向丽出席会议"
_RD07 = "区人大常委会副主任冉启明、区政协副主席谭素芬列席会议"
_HOST08 = "县委书记覃文武，县委副书记、县长冉小平，县委常委、副县长庞德华陪同调研"
_XIE09 = "市委常委、副市长谢卫东来象调研"
_HOST09 = "县委书记孔令辉，县委副书记、县长罗剑锋，副县长蒋海鸥陪同调研"
_ATT10 = "区委副书记、区长黄晓峰，区委常委、常务副区长吴海燕，副区长林振声参加调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 北京 (顺义区, 平谷区)
    "cx:晏立群": ("晏立群", "external_official", "北京市", [
        ("cx01", "北京市政府", "副市长", "4月20日，副市长晏立群到顺义区调研", "visitor: bare 副市长 on a 北京 district site = 北京市's")], []),
    "cx:苏振宇": ("苏振宇", "external_official", "北京市", [
        ("cx01", "北京市发展改革委", "副主任", "市发展改革委副主任苏振宇参加调研", "bare 市 = the municipality")], []),
    "cx:杜一鸣": ("杜一鸣", "official", "顺义区", [
        ("cx01", "顺义区委", "书记", _HOST01, "host")], []),
    "cx:严国栋": ("严国栋", "official", "顺义区", [
        ("cx01", "顺义区委", "副书记", _HOST01, "bare 区委 after 顺义区委书记"),
        ("cx01", "顺义区政府", "区长", _HOST01, None)], []),
    "cx:程海峰": ("程海峰", "official", "北京市", [
        ("cx01", "顺义区政府", "副区长", _HOST01, "2021-04 (identity case: 平谷区委副书记、区长 in 2023, cx02)"),
        ("cx02", "平谷区委", "副书记", _CHEN02, "2023-06: now 区长 of 平谷区, another district of 北京"),
        ("cx02", "平谷区政府", "区长", _CHEN02, None)], []),
    "cx:鲍文华": ("鲍文华", "official", "顺义区", [
        ("cx01", "顺义区赵全营镇党委", "书记", "赵全营镇党委书记鲍文华介绍", "a town takes its district")], []),
    "cx:伍建成": ("伍建成", "official", "顺义区", [
        ("cx01", "顺义区经济和信息化局", "局长", "区经济和信息化局局长伍建成汇报了", None)], []),
    "cx:柏晓琳": ("柏晓琳", "official", "顺义区", [
        ("cx01", "顺义区仁和镇党委", "副书记", "仁和镇党委副书记、镇长柏晓琳汇报了", None),
        ("cx01", "顺义区仁和镇政府", "镇长", "仁和镇党委副书记、镇长柏晓琳汇报了", None)], []),
    "cx:韦立军": ("韦立军", "official", "平谷区", [
        ("cx02", "平谷区委", "常委", _SEC02, None),
        ("cx02", "平谷区政府", "常务副区长", _SEC02, None)], []),
    "cx:秦雅楠": ("秦雅楠", "official", "平谷区", [
        ("cx02", "平谷区政府", "副区长", _SEC02, "one title before a list gives every name that title")], []),
    "cx:甘志刚": ("甘志刚", "official", "平谷区", [
        ("cx02", "平谷区政府", "副区长", _SEC02, None)], []),
    "cx:霍建英": ("霍建英", "official", "平谷区", [
        ("cx02", "平谷区人大常委会", "副主任", _RD02, None)], []),
    "cx:邵庆林": ("邵庆林", "official", "平谷区", [
        ("cx02", "平谷区政协", "副主席", _RD02, None)], []),
    "cx:卜长河": ("卜长河", "official", "平谷区", [
        ("cx02", "平谷区水务局", "局长", "区水务局局长卜长河汇报", None)], []),
    "cx:岳红梅": ("岳红梅", "official", "平谷区", [
        ("cx02", "平谷区农业农村局", "局长", "区农业农村局局长岳红梅介绍", None)], []),
    # ---- 天津 (蓟州区, 宁河区)
    "cx:栾振宇": ("栾振宇", "official", "蓟州区", [
        ("cx03", "蓟州区委", "书记", "5月12日，区委书记栾振宇深入", "bare 区委 on the 蓟州 site")], []),
    "cx:王建平#1": ("王建平", "official", "蓟州区", [
        ("cx03", "蓟州区委", "常委", _WANG03, "天津 蓟州, 2020; not the 王建平 of 万州 (重庆, cx07)"),
        ("cx03", "蓟州区政府", "副区长", _WANG03, None)], []),
    "cx:郜立新": ("郜立新", "official", "蓟州区", [
        ("cx03", "蓟州区发展改革委", "主任", _WANG03, None)], []),
    "cx:乔海涛": ("乔海涛", "official", "蓟州区", [
        ("cx03", "蓟州区渔阳镇党委", "书记", "渔阳镇党委书记乔海涛介绍", None)], []),
    "cx:姬春燕": ("姬春燕", "official", "蓟州区", [
        ("cx03", "蓟州区下营镇党委", "副书记", "下营镇党委副书记、镇长姬春燕汇报了", None),
        ("cx03", "蓟州区下营镇政府", "镇长", "下营镇党委副书记、镇长姬春燕汇报了", None)], []),
    "cx:滕丽萍": ("滕丽萍", "official", "蓟州区", [
        ("cx03", "蓟州区文昌街道党工委", "书记", "文昌街道党工委书记滕丽萍介绍了", "a 街道 takes its district")], []),
    "cx:曾庆和": ("曾庆和", "external_official", "天津市", [
        ("cx04", "天津市委", "常委", _ZENG04, "visitor: bare 市委 on a 天津 district site = 天津市委"),
        ("cx04", "天津市政府", "副市长", _ZENG04, None)], []),
    "cx:封志强": ("封志强", "external_official", "天津市", [
        ("cx04", "天津市农业农村委", "主任", "市农业农村委主任封志强参加调研", None)], []),
    "cx:柴宏远": ("柴宏远", "official", "宁河区", [
        ("cx04", "宁河区委", "书记", _HOST04, "host")], []),
    "cx:覃晓光": ("覃晓光", "official", "宁河区", [
        ("cx04", "宁河区委", "副书记", _HOST04, None),
        ("cx04", "宁河区政府", "区长", _HOST04, None)], []),
    "cx:满春雷": ("满春雷", "official", "宁河区", [
        ("cx04", "宁河区政府", "副区长", _HOST04, None)], []),
    "cx:祁玉兰": ("祁玉兰", "official", "宁河区", [
        ("cx04", "宁河区七里海镇党委", "副书记", "七里海镇党委副书记、镇长祁玉兰汇报了", None),
        ("cx04", "宁河区七里海镇政府", "镇长", "七里海镇党委副书记、镇长祁玉兰汇报了", None)], []),
    "cx:侯振江": ("侯振江", "official", "宁河区", [
        ("cx04", "宁河区潘庄镇党委", "书记", "潘庄镇党委书记侯振江介绍", None)], []),
    # ---- 上海 (崇明区, 金山区)
    "cx:邬振华": ("邬振华", "external_official", "上海市", [
        ("cx05", "上海市政府", "副市长", "3月14日，副市长邬振华来崇调研", "visitor: bare 副市长 in the 崇明报 = 上海市's")], []),
    "cx:詹立国": ("詹立国", "external_official", "上海市", [
        ("cx05", "上海市水务局", "局长", "市水务局局长詹立国参加调研", None)], []),
    "cx:韩振东": ("韩振东", "official", "崇明区", [
        ("cx05", "崇明区委", "书记", _HOST05, "bare 区委 in the district paper")], []),
    "cx:蔡雯": ("蔡雯", "official", "崇明区", [
        ("cx05", "崇明区委", "副书记", _HOST05, None),
        ("cx05", "崇明区政府", "区长", _HOST05, None)], []),
    "cx:俞海波": ("俞海波", "official", "崇明区", [
        ("cx05", "崇明区政府", "副区长", _HOST05, "item 1"),
        ("cx05", "崇明区政府", "副区长", "副区长俞海波到会通报相关情况", "item 2 (one line per post per article)")], []),
    "cx:宋伟明": ("宋伟明", "official", "崇明区", [
        ("cx05", "崇明区陈家镇党委", "书记", "陈家镇党委书记宋伟明汇报了", None)], []),
    "cx:龚丽华": ("龚丽华", "official", "崇明区", [
        ("cx05", "崇明区城桥镇党委", "副书记", "城桥镇党委副书记、镇长龚丽华介绍了", None),
        ("cx05", "崇明区城桥镇政府", "镇长", "城桥镇党委副书记、镇长龚丽华介绍了", None)], []),
    "cx:施国琴": ("施国琴", "official", "崇明区", [
        ("cx05", "崇明区政协", "主席", "区政协主席施国琴主持会议并讲话", None)], []),
    "cx:范正明": ("范正明", "official", "崇明区", [
        ("cx05", "崇明区政协", "副主席", _ZX05, None)], []),
    "cx:季红霞": ("季红霞", "official", "崇明区", [
        ("cx05", "崇明区政协", "副主席", _ZX05, None)], []),
    "cx:钱海鸣": ("钱海鸣", "official", "金山区", [
        ("cx06", "金山区委", "书记", "区委书记钱海鸣主持召开区委常委会会议", None)], []),
    "cx:范晓东": ("范晓东", "official", "金山区", [
        ("cx06", "金山区委", "副书记", _ATT06, None),
        ("cx06", "金山区政府", "区长", _ATT06, None)], []),
    "cx:何文斌": ("何文斌", "official", "金山区", [
        ("cx06", "金山区委", "副书记", _ATT06, None)], []),
    "cx:袁志强": ("袁志强", "official", "金山区", [
        ("cx06", "金山区委", "常委", _ATT06, None),
        ("cx06", "金山区政府", "常务副区长", _ATT06, None)], []),
    "cx:沈丽君": ("沈丽君", "official", "金山区", [
        ("cx06", "金山区人大常委会", "主任", _RD06, None)], []),
    "cx:朱立华": ("朱立华", "official", "金山区", [
        ("cx06", "金山区政协", "主席", _RD06, None)], []),
    "cx:邵立峰": ("邵立峰", "official", "金山区", [
        ("cx06", "金山区发展改革委", "主任", "区发展改革委主任邵立峰介绍", None)], []),
    "cx:黄志刚": ("黄志刚", "official", "金山区", [
        ("cx06", "金山区石化街道党工委", "书记", "石化街道党工委书记黄志刚汇报了", None)], []),
    # ---- 重庆 (万州区, 彭水苗族土家族自治县)
    "cx:樊国庆": ("樊国庆", "official", "万州区", [
        ("cx07", "万州区委", "副书记", _FAN07, None),
        ("cx07", "万州区政府", "区长", _FAN07, None)], []),
    "cx:肖明辉": ("肖明辉", "official", "万州区", [
        ("cx07", "万州区委", "常委", _ATT07, None),
        ("cx07", "万州区政府", "常务副区长", _ATT07, None)], []),
    "cx:王建平#2": ("王建平", "official", "万州区", [
        ("cx07", "万州区政府", "副区长", _ATT07, "重庆 万州, 2021; not the 王建平 of 蓟州 (天津, cx03)")], []),
    "cx:向丽": ("向丽", "official", "万州区", [
        ("cx07", "万州区政府", "副区长", _ATT07, None)], []),
    "cx:冉启明": ("冉启明", "official", "万州区", [
        ("cx07", "万州区人大常委会", "副主任", _RD07, None)], []),
    "cx:谭素芬": ("谭素芬", "official", "万州区", [
        ("cx07", "万州区政协", "副主席", _RD07, None)], []),
    "cx:牟长青": ("牟长青", "official", "万州区", [
        ("cx07", "万州区水利局", "局长", "区水利局局长牟长青汇报", None)], []),
    "cx:黎永生": ("黎永生", "official", "万州区", [
        ("cx07", "万州区住房城乡建委", "主任", "区住房城乡建委主任黎永生汇报", None)], []),
    "cx:洪志军": ("洪志军", "external_official", "重庆市", [
        ("cx08", "重庆市政府", "副市长", "10月26日，副市长洪志军来彭调研", "visitor: bare 副市长 on a 重庆 county page = 重庆市's")], []),
    "cx:骆晓峰": ("骆晓峰", "external_official", "重庆市", [
        ("cx08", "重庆市农业农村委", "副主任", "市农业农村委副主任骆晓峰参加调研", None)], []),
    "cx:覃文武": ("覃文武", "official", PS, [
        ("cx08", PS + "委", "书记", _HOST08, "the autonomous county takes its full name")], []),
    "cx:冉小平": ("冉小平", "official", PS, [
        ("cx08", PS + "委", "副书记", _HOST08, None),
        ("cx08", PS + "政府", "县长", _HOST08, None)], []),
    "cx:庞德华": ("庞德华", "official", PS, [
        ("cx08", PS + "委", "常委", _HOST08, "named again with the same titles later in the article: no second line"),
        ("cx08", PS + "政府", "副县长", _HOST08, None)], []),
    "cx:田永胜": ("田永胜", "official", PS, [
        ("cx08", PS + "郁山镇党委", "书记", "郁山镇党委书记田永胜介绍", None)], []),
    "cx:任娅": ("任娅", "official", PS, [
        ("cx08", PS + "保家镇党委", "副书记", "保家镇党委副书记、镇长任娅汇报", None),
        ("cx08", PS + "保家镇政府", "镇长", "保家镇党委副书记、镇长任娅汇报", None)], []),
    # ---- 宁波 象山县
    "cx:谢卫东": ("谢卫东", "external_official", "宁波市", [
        ("cx09", "宁波市委", "常委", _XIE09, "visitor: bare 市委 in the 象山 paper = 宁波市委"),
        ("cx09", "宁波市政府", "副市长", _XIE09, None)], []),
    "cx:邱彩霞": ("邱彩霞", "external_official", "宁波市", [
        ("cx09", "宁波市发改委", "副主任", "市发改委副主任邱彩霞参加调研", "department as written after 市")], []),
    "cx:孔令辉": ("孔令辉", "official", "象山县", [
        ("cx09", "象山县委", "书记", _HOST09, "host")], []),
    "cx:罗剑锋": ("罗剑锋", "official", "象山县", [
        ("cx09", "象山县委", "副书记", _HOST09, None),
        ("cx09", "象山县政府", "县长", _HOST09, None)], []),
    "cx:蒋海鸥": ("蒋海鸥", "official", "象山县", [
        ("cx09", "象山县政府", "副县长", _HOST09, None)], []),
    "cx:史立军": ("史立军", "official", "象山县", [
        ("cx09", "象山县石浦镇党委", "书记", "石浦镇党委书记史立军介绍", None)], []),
    "cx:郑芸": ("郑芸", "official", "象山县", [
        ("cx09", "象山县鹤浦镇党委", "副书记", "鹤浦镇党委副书记、镇长郑芸汇报", None),
        ("cx09", "象山县鹤浦镇政府", "镇长", "鹤浦镇党委副书记、镇长郑芸汇报", None)], []),
    # ---- 厦门 同安区
    "cx:洪志坚": ("洪志坚", "official", "同安区", [
        ("cx10", "同安区委", "书记", "5月13日，区委书记洪志坚深入", None)], []),
    "cx:黄晓峰": ("黄晓峰", "official", "同安区", [
        ("cx10", "同安区委", "副书记", _ATT10, None),
        ("cx10", "同安区政府", "区长", _ATT10, None)], []),
    "cx:吴海燕": ("吴海燕", "official", "同安区", [
        ("cx10", "同安区委", "常委", _ATT10, None),
        ("cx10", "同安区政府", "常务副区长", _ATT10, None)], []),
    "cx:林振声": ("林振声", "official", "同安区", [
        ("cx10", "同安区政府", "副区长", _ATT10, None)], []),
    "cx:陈国胜": ("陈国胜", "official", "同安区", [
        ("cx10", "同安区大同街道党工委", "书记", "大同街道党工委书记陈国胜介绍", None)], []),
    "cx:郭少斌": ("郭少斌", "official", "同安区", [
        ("cx10", "同安区发改局", "局长", "区发改局局长郭少斌汇报了", None)], []),
    "cx:苏雅琴": ("苏雅琴", "official", "同安区", [
        ("cx10", "同安区祥平街道党工委", "书记", "祥平街道党工委书记苏雅琴汇报了", None)], []),
    "cx:颜德明": ("颜德明", "official", "同安区", [
        ("cx10", "同安区五显镇党委", "书记", "五显镇党委书记颜德明介绍了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cx01", "邢晓燕", "记者", "reporter", "本网讯（记者 邢晓燕）"),
    ("cx01", "马文静", "责任编辑", "editor", "责任编辑：马文静"),
    ("cx02", "邱雨桐", "记者", "reporter", "记者：邱雨桐　冯浩然"),
    ("cx02", "冯浩然", "记者", "reporter", "记者：邱雨桐　冯浩然"),
    ("cx02", "杭丽", "编辑", "editor", "编辑：杭　丽"),
    ("cx02", "尚志远", "审核", "editor", "审核：尚志远"),
    ("cx03", "彭德军", "记者", "reporter", "（记者 彭德军）"),
    ("cx03", "韩冬梅", "责任编辑", "editor", "责任编辑：韩冬梅"),
    ("cx04", "储亚楠", "记者", "reporter", "作者：记者 储亚楠 通讯员 雷晓东"),
    ("cx04", "雷晓东", "通讯员", "correspondent", "作者：记者 储亚楠 通讯员 雷晓东"),
    ("cx04", "田雪", "编辑", "editor", "编辑：田雪"),
    ("cx04", "孟祥军", "审核", "editor", "审核：孟祥军"),
    ("cx05", "沈佳怡", "记者", "reporter", "本报讯（记者 沈佳怡）"),
    ("cx05", "黄丹", "记者", "reporter", "本报讯（记者 黄丹 通讯员 顾晓伟）"),
    ("cx05", "顾晓伟", "通讯员", "correspondent", "本报讯（记者 黄丹 通讯员 顾晓伟）"),
    ("cx05", "陆敏", "本版责任编辑", "editor", "本版责任编辑/陆　敏"),
    ("cx05", "张华", "版式设计", "editor", "版式设计/张　华"),
    ("cx06", "陶思远", "记者", "reporter", "作者：记者 陶思远"),
    ("cx06", "周晴", "责任编辑", "editor", "责任编辑：周　晴"),
    ("cx07", "程思雨", "责任编辑", "editor", "责任编辑：程思雨"),
    ("cx08", "向晓丹", "记者", "reporter", "记者：向晓丹"),
    ("cx08", "杨永平", "通讯员", "correspondent", "通讯员：杨永平"),
    ("cx08", "石敏", "编辑", "editor", "编辑：石　敏"),
    ("cx08", "周建", "审核", "editor", "审核：周　建"),
    ("cx09", "胡雪莹", "记者", "reporter", "本报讯（记者 胡雪莹 通讯员 应海波）"),
    ("cx09", "应海波", "通讯员", "correspondent", "本报讯（记者 胡雪莹 通讯员 应海波）"),
    ("cx09", "陈露", "本版责任编辑", "editor", "本版责任编辑：陈　露"),
    ("cx10", "庄晓琳", "记者", "reporter", "同安讯（记者 庄晓琳 通讯员 许鸿斌）"),
    ("cx10", "许鸿斌", "通讯员", "correspondent", "同安讯（记者 庄晓琳 通讯员 许鸿斌）"),
    ("cx10", "柯丽华", "责任编辑", "editor", "责任编辑：柯丽华"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cx01", "高端制造业发展和重点项目建设调研", "inspection (调研)", "4月20日", None, "晏立群", [],
     ["苏振宇", "杜一鸣", "严国栋", "程海峰"], ["鲍文华", "晏立群", "伍建成", "程海峰", "柏晓琳", "杜一鸣", "严国栋", "苏振宇"],
     "顺义区（赵全营镇、仁和镇、胜利街道）",
     "4月20日，副市长晏立群到顺义区调研高端制造业发展和重点项目建设工作",
     ["副市长晏立群到顺义区调研", "市发展改革委副主任苏振宇参加调研", _HOST01, "鲍文华介绍", "晏立群指出，高端制造业",
      "局长伍建成汇报了", "程海峰介绍了园区配套道路", "晏立群强调，要抓住", "晏立群要求，潮白河", "柏晓琳汇报了项目进度",
      "晏立群叮嘱", "他指出，平原新城建设", "杜一鸣表示", "严国栋汇报了一季度", "他要求，顺义要", "苏振宇就加快推进"]),
    ("cx02", "区政府第四十二次常务会议", "meeting (常务会议)", "6月15日", "程海峰", None, ["平谷区政府"],
     ["韦立军", "秦雅楠", "甘志刚", "霍建英", "邵庆林"], ["卜长河", "程海峰", "岳红梅", "韦立军", "秦雅楠", "甘志刚"], None,
     "6月15日，区委副书记、区长程海峰主持召开区政府第四十二次常务会议",
     [_CHEN02, _SEC02, _RD02, "局长卜长河汇报", "程海峰指出", "局长岳红梅介绍", "韦立军就做好上半年", "秦雅楠就抓好",
      "甘志刚就做好", "程海峰强调"]),
    ("cx03", "重点项目建设和生态保护调研", "inspection (调研)", "5月12日", None, "栾振宇", [],
     ["王建平", "郜立新"], ["乔海涛", "栾振宇", "王建平", "姬春燕", "滕丽萍", "郜立新"], "渔阳镇、下营镇、文昌街道",
     "5月12日，区委书记栾振宇深入渔阳镇、下营镇和文昌街道，调研重点项目建设和生态保护工作",
     ["区委书记栾振宇深入", _WANG03, "乔海涛介绍", "栾振宇指出", "王建平汇报说", "栾振宇强调，于桥水库", "姬春燕汇报了",
      "栾振宇要求", "滕丽萍介绍了", "郜立新汇报了", "栾振宇在现场指出", "栾振宇强调，当前正是"]),
    ("cx04", "七里海湿地保护和乡村振兴调研", "inspection (调研)", "8月17日", None, "曾庆和", [],
     ["封志强", "柴宏远", "覃晓光", "满春雷"], ["覃晓光", "曾庆和", "祁玉兰", "侯振江", "封志强", "满春雷", "柴宏远"],
     "宁河区（七里海、七里海镇、潘庄镇、芦台街道）",
     "8月17日，市委常委、副市长曾庆和到宁河区调研七里海湿地保护和乡村振兴工作",
     [_ZENG04, "市农业农村委主任封志强参加调研", _HOST04, "覃晓光介绍", "曾庆和指出，七里海湿地", "祁玉兰汇报了",
      "曾庆和强调", "侯振江介绍", "封志强就争取", "满春雷汇报", "曾庆和要求", "曾庆和叮嘱", "柴宏远表示", "他指出，宁河要"]),
    ("cx05", "生态岛建设和水利工程推进情况调研", "inspection (调研)", "3月14日", None, "邬振华", [],
     ["詹立国", "韩振东", "蔡雯", "俞海波"], ["俞海波", "邬振华", "詹立国", "宋伟明", "龚丽华", "韩振东", "蔡雯"],
     "崇明区（陈家镇、东滩、城桥镇）",
     "3月14日，副市长邬振华来崇调研世界级生态岛建设和水利工程推进情况",
     ["副市长邬振华来崇调研", "市水务局局长詹立国参加调研", _HOST05, "俞海波介绍，崇明环岛", "邬振华指出", "詹立国就加强",
      "邬振华强调", "宋伟明汇报了", "龚丽华介绍了", "邬振华在城桥镇察看了", "韩振东表示", "蔡雯汇报了", "他要求，崇明要"]),
    ("cx05", "区政协二届二十次常委会议", "meeting (政协常委会议)", "3月13日", "施国琴", None, ["崇明区政协"],
     ["范正明", "季红霞", "俞海波"], ["俞海波", "施国琴"], None,
     "3月13日，区政协召开二届二十次常委会议",
     ["区政协主席施国琴主持会议并讲话", _ZX05, "副区长俞海波到会通报相关情况", "俞海波通报了", "施国琴指出"]),
    ("cx06", "区委常委会会议", "meeting (区委常委会)", "1月7日", "钱海鸣", None, ["金山区委"],
     ["范晓东", "何文斌", "袁志强", "沈丽君", "朱立华"], ["邵立峰", "黄志刚", "范晓东", "袁志强", "钱海鸣"], None,
     "1月7日，区委书记钱海鸣主持召开区委常委会会议",
     ["区委书记钱海鸣主持召开区委常委会会议", _ATT06, _RD06, "主任邵立峰介绍", "黄志刚汇报了", "范晓东就抓好",
      "袁志强就做好", "钱海鸣强调"]),
    ("cx07", "区政府第97次常务会议", "meeting (常务会议)", "7月9日", "樊国庆", None, ["万州区政府"],
     ["肖明辉", "王建平", "向丽", "冉启明", "谭素芬"], ["牟长青", "樊国庆", "王建平", "黎永生", "向丽", "肖明辉"], None,
     "7月9日，区委副书记、区长樊国庆主持召开区政府第97次常务会议",
     [_FAN07, _ATT07, _RD07, "局长牟长青汇报", "樊国庆指出", "王建平介绍", "主任黎永生汇报", "向丽介绍", "肖明辉就做好",
      "樊国庆强调"]),
    ("cx08", "乡村振兴和文旅融合发展调研", "inspection (调研)", "10月26日", None, "洪志军", [],
     ["骆晓峰", "覃文武", "冉小平", "庞德华"], ["田永胜", "洪志军", "任娅", "骆晓峰", "庞德华", "覃文武", "冉小平"],
     "郁山镇、保家镇、乌江沿线、绍庆街道",
     "10月26日，副市长洪志军来彭调研乡村振兴和文旅融合发展工作",
     ["副市长洪志军来彭调研", "市农业农村委副主任骆晓峰参加调研", _HOST08, "田永胜介绍", "洪志军指出，郁山古镇", "任娅汇报",
      "骆晓峰就争取", "洪志军强调", "庞德华介绍，该工程", "洪志军要求", "他叮嘱", "庞德华介绍了全县", "他指出，乌江",
      "覃文武表示", "冉小平汇报了", "他指出，彭水"]),
    ("cx09", "海洋经济发展和重点项目建设调研", "inspection (调研)", "11月21日", None, "谢卫东", [],
     ["邱彩霞", "孔令辉", "罗剑锋", "蒋海鸥"], ["史立军", "谢卫东", "郑芸", "蒋海鸥", "邱彩霞", "孔令辉", "罗剑锋"],
     "石浦镇、鹤浦镇、爵溪街道",
     "11月21日，市委常委、副市长谢卫东来象调研海洋经济发展和重点项目建设工作",
     [_XIE09, "市发改委副主任邱彩霞参加调研", _HOST09, "史立军介绍", "谢卫东指出，石浦渔港", "郑芸汇报",
      "谢卫东强调，要坚持", "蒋海鸥介绍", "邱彩霞就争取", "谢卫东在现场指出", "他强调，交通", "孔令辉表示", "罗剑锋汇报了",
      "他要求，象山要"]),
    ("cx10", "重点项目建设调研", "inspection (调研)", "5月13日", None, "洪志坚", [],
     ["黄晓峰", "吴海燕", "林振声"], ["陈国胜", "洪志坚", "郭少斌", "苏雅琴", "颜德明", "林振声", "黄晓峰", "吴海燕"],
     "大同街道、祥平街道、五显镇",
     "5月13日，区委书记洪志坚深入大同街道、祥平街道和五显镇，现场调研重点项目建设工作",
     ["区委书记洪志坚深入", _ATT10, "陈国胜介绍", "洪志坚指出", "局长郭少斌汇报了", "洪志坚强调，东西溪", "苏雅琴汇报了",
      "洪志坚要求", "颜德明介绍了", "林振声就加快", "调研中，洪志坚强调", "黄晓峰表示", "吴海燕汇报了", "他要求，区政府各部门"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cx01", "顺义区赵全营镇智能装备产业园", "industrial_park", "实地察看顺义区赵全营镇智能装备产业园建设情况"),
    ("cx01", "顺义区新能源智能汽车零部件产业园", "industrial_park", "在顺义区新能源智能汽车零部件产业园"),
    ("cx01", "潮白河顺义段生态修复工程", "greening_project", "晏立群来到潮白河顺义段生态修复工程现场"),
    ("cx01", "仁和镇老旧小区综合整治项目", "housing_project", "察看了仁和镇老旧小区综合整治项目"),
    ("cx01", "顺义新城中心区地下综合管廊", "infrastructure_project", "察看了顺义新城中心区地下综合管廊建设情况"),
    ("cx02", "泃河平谷段综合治理工程", "engineering_work", "泃河平谷段综合治理工程新建和加固堤防"),
    ("cx02", "峪口镇现代种业产业园", "industrial_park", "峪口镇现代种业产业园一期已引进种业企业"),
    ("cx02", "平谷区马坊镇物流基地冷链配送中心", "logistics_hub", "会议研究了平谷区马坊镇物流基地冷链配送中心建设"),
    ("cx02", "金海湖镇污水处理站提标改造工程", "infrastructure_project", "金海湖镇污水处理站提标改造工程推进情况"),
    ("cx02", "平谷区东部山区旅游环线道路提升工程", "planned_project", "审议了平谷区东部山区旅游环线道路提升工程前期工作方案"),
    ("cx03", "渔阳镇装配式建筑产业园", "industrial_park", "栾振宇首先来到渔阳镇装配式建筑产业园"),
    ("cx03", "于桥水库周边生态修复工程", "greening_project", "在于桥水库周边生态修复工程现场"),
    ("cx03", "蓟州区下营镇全域旅游提升项目", "project", "察看了蓟州区下营镇全域旅游提升项目"),
    ("cx03", "州河蓟州城区段综合治理工程", "engineering_work", "察看了州河蓟州城区段综合治理工程施工现场"),
    ("cx04", "七里海湿地生态保护修复工程", "greening_project", "曾庆和一行首先来到七里海湿地生态保护修复工程现场"),
    ("cx04", "宁河区潘庄镇现代农业产业园", "industrial_park", "曾庆和来到宁河区潘庄镇现代农业产业园"),
    ("cx04", "蓟运河宁河段堤防加固工程", "engineering_work", "在蓟运河宁河段堤防加固工程现场"),
    ("cx04", "芦台街道老旧小区改造项目", "housing_project", "他还来到芦台街道老旧小区改造项目"),
    ("cx05", "崇明环岛防汛提标工程", "engineering_work", "来到崇明环岛防汛提标工程陈家镇段施工现场"),
    ("cx05", "东滩湿地生态修复工程", "greening_project", "在东滩湿地生态修复工程现场"),
    ("cx05", "陈家镇国际生态社区建设项目", "housing_project", "邬振华来到陈家镇国际生态社区建设项目"),
    ("cx06", "枫泾镇科创产业园二期", "industrial_park", "枫泾镇科创产业园二期、山阳镇滨海旅游度假区提升工程、龙泉港综合整治工程等项目"),
    ("cx06", "山阳镇滨海旅游度假区提升工程", "project", "枫泾镇科创产业园二期、山阳镇滨海旅游度假区提升工程、龙泉港综合整治工程等项目"),
    ("cx06", "龙泉港综合整治工程", "engineering_work", "枫泾镇科创产业园二期、山阳镇滨海旅游度假区提升工程、龙泉港综合整治工程等项目"),
    ("cx06", "石化街道城市更新项目", "housing_project", "会议研究了石化街道城市更新项目推进情况"),
    ("cx07", "分水镇防洪护岸综合整治工程", "engineering_work", "和分水镇防洪护岸综合整治工程进展情况的汇报"),
    ("cx07", "万州区长江干流岸线生态修复工程", "greening_project", "会议听取了万州区长江干流岸线生态修复工程推进情况汇报"),
    ("cx07", "万州区城区老旧小区改造项目", "housing_project", "会议研究了万州区城区老旧小区改造项目"),
    ("cx07", "龙沙镇柑橘产业园", "industrial_park", "会议听取了龙沙镇柑橘产业园建设情况汇报"),
    ("cx08", "郁山古镇保护利用项目", "project", "察看郁山古镇保护利用项目建设情况"),
    ("cx08", "彭水县保家镇蔬菜产业园", "industrial_park", "在彭水县保家镇蔬菜产业园"),
    ("cx08", "彭水县乌江画廊旅游公路提升工程", "infrastructure_project", "察看了彭水县乌江画廊旅游公路提升工程"),
    ("cx08", "绍庆街道易地搬迁安置区配套项目", "housing_project", "察看了绍庆街道易地搬迁安置区配套项目"),
    ("cx09", "石浦渔港古城保护提升工程", "project", "察看石浦渔港古城保护提升工程和石浦渔港经济区建设情况"),
    ("cx09", "石浦渔港经济区", "project", "察看石浦渔港古城保护提升工程和石浦渔港经济区建设情况"),
    ("cx09", "鹤浦镇南田岛海洋牧场项目", "project", "察看了鹤浦镇南田岛海洋牧场项目"),
    ("cx09", "象山县影视文化产业园二期", "industrial_park", "谢卫东来到象山县影视文化产业园二期建设现场"),
    ("cx09", "爵溪街道滨海污水处理厂扩建工程", "infrastructure_project", "察看了爵溪街道滨海污水处理厂扩建工程"),
    ("cx10", "同安区新能源材料产业园", "industrial_park", "洪志坚一行首先来到同安区新能源材料产业园"),
    ("cx10", "东西溪同安段生态修复工程", "greening_project", "在东西溪同安段生态修复工程现场"),
    ("cx10", "祥平街道城市更新项目", "housing_project", "洪志坚来到祥平街道城市更新项目"),
    ("cx10", "五显镇冷链物流中心", "logistics_hub", "在五显镇冷链物流中心建设现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cx01", "顺义区", "district", "standalone", "副市长晏立群到顺义区调研"),
    ("cx01", "赵全营镇", "town", "standalone", "晏立群一行首先来到赵全营镇"),
    ("cx01", "潮白河", "river", "standalone", "潮白河是首都东部重要的生态廊道"),
    ("cx01", "仁和镇", "town", "standalone", "在仁和镇，晏立群察看了"),
    ("cx01", "胜利街道", "subdistrict", "standalone", "晏立群还来到胜利街道"),
    ("cx01", "顺义新城", "area", "in_project_name", "察看了顺义新城中心区地下综合管廊建设情况"),
    ("cx01", "顺义", "district", "standalone", "顺义要立足平原新城功能定位"),
    ("cx02", "泃河", "river", "standalone", "泃河、错河沿线汛期防汛压力大"),
    ("cx02", "错河", "river", "standalone", "泃河、错河沿线汛期防汛压力大"),
    ("cx02", "平谷", "district", "standalone", "平谷地处山区和浅山区"),
    ("cx02", "金海湖镇", "town", "standalone", "金海湖镇、峪口镇段主体工程已基本完工"),
    ("cx02", "峪口镇", "town", "standalone", "金海湖镇、峪口镇段主体工程已基本完工"),
    ("cx02", "马坊镇", "town", "in_project_name", "会议研究了平谷区马坊镇物流基地冷链配送中心建设"),
    ("cx02", "平谷区", "district", "in_project_name", "审议了平谷区东部山区旅游环线道路提升工程前期工作方案"),
    ("cx02", "京津冀", "region", "standalone", "主要服务京津冀地区生鲜农产品集散"),
    ("cx02", "金海湖水库", "reservoir", "standalone", "进一步保护金海湖水库水质安全"),
    ("cx03", "渔阳镇", "town", "standalone", "深入渔阳镇、下营镇和文昌街道"),
    ("cx03", "下营镇", "town", "standalone", "深入渔阳镇、下营镇和文昌街道"),
    ("cx03", "文昌街道", "subdistrict", "standalone", "深入渔阳镇、下营镇和文昌街道"),
    ("cx03", "于桥水库", "reservoir", "standalone", "于桥水库是天津市重要的饮用水水源地"),
    ("cx03", "天津市", "municipality", "standalone", "于桥水库是天津市重要的饮用水水源地"),
    ("cx03", "蓟州", "district", "standalone", "保护好于桥水库是蓟州义不容辞的政治责任"),
    ("cx03", "蓟州区", "district", "in_project_name", "察看了蓟州区下营镇全域旅游提升项目"),
    ("cx03", "盘山", "mountain", "standalone", "下营镇地处盘山、黄崖关长城等景区周边"),
    ("cx03", "黄崖关长城", "heritage_site", "standalone", "下营镇地处盘山、黄崖关长城等景区周边"),
    ("cx03", "州河", "river", "standalone", "州河穿城而过"),
    ("cx04", "宁河区", "district", "standalone", "副市长曾庆和到宁河区调研"),
    ("cx04", "七里海", "wetland", "standalone", "七里海湿地是京津冀地区重要的生态屏障"),
    ("cx04", "京津冀", "region", "standalone", "七里海湿地是京津冀地区重要的生态屏障"),
    ("cx04", "七里海镇", "town", "standalone", "在七里海镇，曾庆和察看了"),
    ("cx04", "潘庄镇", "town", "in_org_reference", "潘庄镇党委书记侯振江介绍"),
    ("cx04", "蓟运河", "river", "standalone", "确保蓟运河安全度汛"),
    ("cx04", "芦台街道", "subdistrict", "standalone", "芦台街道段已完成主体施工"),
    ("cx04", "宁河", "district", "standalone", "宁河要立足生态资源禀赋"),
    ("cx05", "崇明", "district", "standalone", "崇明地处长江入海口"),
    ("cx05", "长江", "river", "standalone", "崇明地处长江入海口"),
    ("cx05", "陈家镇", "town", "standalone", "涉及陈家镇、城桥镇等沿江乡镇"),
    ("cx05", "城桥镇", "town", "standalone", "涉及陈家镇、城桥镇等沿江乡镇"),
    ("cx05", "东滩", "wetland", "standalone", "东滩是崇明岛最具代表性的生态名片"),
    ("cx05", "崇明岛", "island", "standalone", "东滩是崇明岛最具代表性的生态名片"),
    ("cx05", "长江口", "estuary", "standalone", "守护好长江口这片珍贵的生态空间"),
    ("cx05", "南门港", "port", "standalone", "察看了南门港周边河道水系连通情况"),
    ("cx06", "上海", "municipality", "standalone", "对做好今年上海经济社会发展工作作出了全面部署"),
    ("cx06", "金山", "district", "standalone", "结合金山实际抓好贯彻落实"),
    ("cx06", "枫泾镇", "town", "in_project_name", "据了解，枫泾镇科创产业园二期规划用地"),
    ("cx06", "山阳镇", "town", "in_project_name", "山阳镇滨海旅游度假区提升工程将对"),
    ("cx06", "龙泉港", "river", "in_project_name", "龙泉港综合整治工程北起朱泾镇、南至杭州湾"),
    ("cx06", "朱泾镇", "town", "standalone", "龙泉港综合整治工程北起朱泾镇、南至杭州湾"),
    ("cx06", "杭州湾", "bay", "standalone", "龙泉港综合整治工程北起朱泾镇、南至杭州湾"),
    ("cx06", "金山城市沙滩", "scenic_area", "standalone", "对金山城市沙滩周边公共空间"),
    ("cx06", "石化街道", "subdistrict", "in_org_reference", "石化街道党工委书记黄志刚汇报了"),
    ("cx07", "重庆市", "municipality", "in_org_reference", "会议传达学习了重庆市防汛抗旱工作电视电话会议精神"),
    ("cx07", "长江", "river", "standalone", "长江万州段水位持续上涨"),
    ("cx07", "分水镇", "town", "in_project_name", "和分水镇防洪护岸综合整治工程进展情况的汇报"),
    ("cx07", "三峡库区", "region", "standalone", "三峡库区防汛形势严峻复杂"),
    ("cx07", "万州区", "district", "in_project_name", "会议听取了万州区长江干流岸线生态修复工程推进情况汇报"),
    ("cx07", "万州", "district", "standalone", "把万州建设成为山清水秀美丽之地"),
    ("cx07", "高笋塘街道", "subdistrict", "standalone", "目前高笋塘街道、太白街道等已开工改造小区41个"),
    ("cx07", "太白街道", "subdistrict", "standalone", "目前高笋塘街道、太白街道等已开工改造小区41个"),
    ("cx07", "龙沙镇", "town", "in_project_name", "会议听取了龙沙镇柑橘产业园建设情况汇报"),
    ("cx08", "郁山镇", "town", "standalone", "洪志军一行首先来到郁山镇"),
    ("cx08", "郁山古镇", "heritage_site", "standalone", "郁山古镇是国家历史文化名镇"),
    ("cx08", "彭水县", "county", "in_project_name", "在彭水县保家镇蔬菜产业园"),
    ("cx08", "保家镇", "town", "in_org_reference", "保家镇党委副书记、镇长任娅汇报"),
    ("cx08", "主城都市区", "region", "standalone", "产品主要销往主城都市区和广东、湖南等地"),
    ("cx08", "广东", "province", "standalone", "产品主要销往主城都市区和广东、湖南等地"),
    ("cx08", "湖南", "province", "standalone", "产品主要销往主城都市区和广东、湖南等地"),
    ("cx08", "乌江", "river", "standalone", "洪志军沿乌江察看了"),
    ("cx08", "绍庆街道", "subdistrict", "standalone", "在绍庆街道，洪志军察看了"),
    ("cx08", "彭水", "county", "standalone", "彭水是武陵山区重要的民族自治县"),
    ("cx08", "武陵山区", "region", "standalone", "彭水是武陵山区重要的民族自治县"),
    ("cx09", "石浦镇", "town", "standalone", "谢卫东一行首先来到石浦镇"),
    ("cx09", "石浦渔港", "port", "standalone", "石浦渔港是全国重要的中心渔港"),
    ("cx09", "浙江", "province", "standalone", "浙江海洋经济发展的示范样板"),
    ("cx09", "鹤浦镇", "town", "standalone", "在鹤浦镇，谢卫东乘船察看了"),
    ("cx09", "南田岛", "island", "standalone", "南田岛开发要坚持规划先行"),
    ("cx09", "爵溪街道", "subdistrict", "standalone", "在爵溪街道，谢卫东察看了"),
    ("cx09", "象山港", "bay", "standalone", "进一步改善象山港和周边海域水质"),
    ("cx09", "象山县", "county", "standalone", "听取了象山县关于南田岛开发保护规划"),
    ("cx09", "宁波", "city", "standalone", "宁波至象山交通基础设施"),
    ("cx09", "象山", "county", "standalone", "象山要立足港、湾、岛资源禀赋"),
    ("cx10", "大同街道", "subdistrict", "standalone", "深入大同街道、祥平街道和五显镇"),
    ("cx10", "祥平街道", "subdistrict", "standalone", "深入大同街道、祥平街道和五显镇"),
    ("cx10", "五显镇", "town", "standalone", "深入大同街道、祥平街道和五显镇"),
    ("cx10", "东西溪", "river", "standalone", "东西溪是同安的母亲河"),
    ("cx10", "同安", "district", "standalone", "东西溪是同安的母亲河"),
    ("cx10", "汀溪镇", "town", "standalone", "洪志坚还察看了汀溪镇乡村振兴示范片区"),
    ("cx10", "同安区", "district", "standalone", "吴海燕汇报了同安区重点项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cx", conventions="set cx (blind set: district and county pages of the four municipalities and two sub-provincial cities — 北京 (顺义区 government site: a 副市长's 调研; 平谷区 融媒体 WeChat article: the 区政府常务会议), 天津 (蓟州区 government site: the 区委书记's project-site 调研; 宁河区 融媒体 site: a 市委常委、副市长's 调研), 上海 (崇明报 第1版, two items: a 副市长's 调研 and the 区政协 常委会议; 金山区 government site: the 区委常委会 会议), 重庆 (万州区 government site: the 区政府常务会议; 彭水苗族土家族自治县 融媒体 app page: a 副市长's 调研 with 县委 / 县政府 hosts), 宁波 (象山县 paper 今日象山 第1版: a 市委常委、副市长's 调研), 厦门 (同安区 government site: the 区委书记's project-site 调研); bare 市委 / 市政府 / 市 departments are the municipality's (北京市政府, 天津市委, 上海市水务局, 重庆市农业农村委) and on the 象山 paper 宁波市's; bare 区 / 县 organs are the page's district or county (顺义区委, 彭水苗族土家族自治县委 with the autonomous county's full name); the districts here are unique names and take no municipality in front; towns and 街道 take their district or county (蓟州区文昌街道党工委); one line per post per article; 调研 is an inspection led by the visitor or the 区委书记, 常务会议 / 区委常委会 / 政协常委会议 meetings (列席 attendees, 到会通报 attendee and speaker); relayed 市委全会 / 电视电话会议 are no events; 记者 / 通讯员 credits reporter / correspondent, 编辑 / 责任编辑 / 本版责任编辑 / 版式设计 / 审核 editors; side lists, stamp lines, breadcrumbs, 《》 titles and footers are not annotated)",
          persons_note="Set cx persons. id = corpus-wide person_id (cx:程海峰 顺义区副区长 April 2021 → 平谷区委副书记、区长 June 2023, both districts of 北京; cx:王建平#1 蓟州区委常委、副区长 (天津, 2020) and cx:王建平#2 万州区副区长 (重庆, 2021) are two people in two municipalities; cx:俞海波 崇明区副区长 in both items of the 崇明报 page)")


if __name__ == "__main__":
    main()
