"""Write gold part ``fz`` (a blind set, held-out-like mix, 14th round: county and district government sites, city-paper
digital editions and a WeChat article reposted on a city portal, from the provinces the corpus has least of — 山西, 河北,
广西, 江西, 吉林, 青海, 宁夏 — with their full chrome; officials of several jurisdictions in one page) from the tables below.

Pages ``tests/dev/texts/fz*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 阜城县 (河北 衡水) site's page of a 县委常委（扩大）会 (``• 当前位置: …``,
a stamp line ``来源:阜城宣传 | 作者:… | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:``, ``县四大班子主要领导、各常委、各副县长
参加会议``); the 蛟河市 (吉林) site (``網站地圖 蛟河市人民政府主辦 蛟河市政府辦公室承辦 … 吉ICP備… 網站標識碼:… 公安機關備案號``)
and a 吉林市 page of the 市长's 调研 of 舒兰市, 昌邑区, 高新区, 磐石市 (``市领导…分别参加相关调研``, ``原标题:``, a 反侵权公告);
the 海东日报 portal (``海东日报首页``, a stamp ``2021-08-11 12:28:02 来源:海东日报社 点击:``); the 广丰报 digital edition on
xpaper (``6版 上一期 下一期 上一版 下一版``, ``总3703期:6版 本期出版日期:2021-02-06``, ``语音播报``, ``本报讯 记者…报道:``,
``区委副书记、区长…``); an 上饶 page of the 市委书记's 调研 of the 上饶经开区 (``副市长…，上饶经开区党工委书记…陪同；市委秘书长…
随同调研``); a 抚州日报 page (copied on a company site) of the 抚州 党政代表团 in 赣州 (``省委副书记、赣州市委书记…会见``,
``市委书记…，市委副书记、市长…率队``, both cities' 市领导 lists, 宁都县, 于都县, 章贡区, 赣州经开区); a 吉州 page of the 丰城
党政代表团 (``市委常委、副市长…，区领导…陪同``); the 井冈山报社融媒体 page on 吉水县 (``来源: 2021-10-09 08:27 井冈山报社融媒体``,
``供稿:…``); a 山西 page of the 临汾市委常委、洪洞县委书记's 考察团 in 清徐县 (``太原市人大常委会副主任、清徐县委书记…，清徐县领导
…，洪洞县领导…参加``); the 梧州日报 briefs (``●9月2日，市委常委、副市长…率队到蒙山县…调研``, ``(黄俊 陈奇)``); the 盐池县 (宁夏)
page of a 县政府常务会议 (``县长…主持召开政府…次常务会议。…出席会议，县人大常委会副主任…应邀出席``); the 赣州 于都 page of
an 省林业厅 调研 (``当前位置: 首页 >> 最新动态 >>正文``, ``发布时间:2011年04月18日 14:40:05``); the 汤阴 page (``县领导…，县政府
党组成员、集聚区管委会主任…陪同考察``, ``责编:``); a 大名县 (河北 邯郸) page of 调度会 briefs; a ``赣州发布`` WeChat article kept
on freewechat. Places are real and new or nearly new to the corpus: 山西 晋中 (榆社县; 寿阳县 in the 晋中日报), 河北 衡水 (饶阳县;
武强县 and 衡水高新区 on the 衡水新闻网), 广西 贺州 (富川瑶族自治县), 江西 抚州 (宜黄县; 黎川县 and 抚州高新区 in the 抚州日报),
吉林 辽源 (东辽县), 青海 海东 (化隆回族自治县, 循化撒拉族自治县 in the 海东日报), 宁夏 吴忠 (红寺堡区, with 福建 泉州 德化县).

Shapes: a county site (晋ICP footer, 网站标识码, 公安备案号, 相关链接) of the 县委书记's 调研 with the 县长, 常务副县长, a 副县长 who
heads the 公安局 and a 局长 (fz01); a city paper's digital edition (``第01版：要闻 上一版 下一版 【放大】【缩小】``, 本版导航, 责任
编辑 and 美术编辑) of a 副市长's 调研 of a county, who was 县长 of another county in fz01 (fz02); a county site with the 阜城 stamp
shape (``来源:… | 作者:饶宣 | 发布时间: … | 536 次浏览: | 分享到:``) of a 县委常委（扩大）会议 chaired by the ``市委常委、县委书记``
with the 县长, 人大常委会主任, 政协主席, a 专职 副书记 and the 常务副县长 (fz03); a city news portal reposting a ``衡水发布`` WeChat
article (``点击上方蓝字…关注我们``, ``END``, ``来源：衡水日报全媒体记者 …``, ``编辑：… 审核：…``, 往期推荐, the portal's 【责任编辑】):
the former 饶阳 书记, now 市委常委、常务副市长, inspects 武强县 (whose 县长 is the former 饶阳 副书记) and the 高新区 (党工委书记;
党工委副书记、管委会主任) (fz04); an autonomous county's portal (桂ICP) of the 县委书记's 调研 with a 粤桂协作 cadre written
``粤桂协作工作队富川工作组组长、县委常委、副县长`` and the 宣传部部长 (李志宏#1) (fz05); a county site (赣ICP, ``信息来源：…``,
``（通讯员 …）``) of the 县委书记's 调研 of the 县工业园区 with the 县长, the 常务副县长 and a ``县委常委、县工业园区党工委书记`` (fz06);
a city paper's 第01版 with a two-line headline: the 市长's 调研 of 黎川县 (whose 县长 is the former 宜黄 常务副县长) and the 高新区,
with the 市委常委、秘书长 and a 副市长 (fz07); a 吉林 county site (``阅读：次``, 吉ICP, 网站标识码, 吉公网安备) of a 县政府常务会议:
县长 chairs, 常务副县长 and three 副县长 (李志宏#2) 出席, a 县政府党组成员 列席, a 局长 汇报 (fz08); a city paper's portal page
(海东日报首页, ``来源：海东日报社 点击：``, 相关新闻) of the 市长's 调研 of two autonomous counties with each county's 书记 and 县长,
the counties written in full and short (化隆回族自治县 / 化隆县 / 化隆) (fz09); a 宁夏 district site of a 福建 county's 党政代表团 (德化
县委书记, 县委常委、副县长) hosted by the ``吴忠市委常委、红寺堡区委书记``, the 区长 and a ``闽宁协作挂职干部、区委常委、副区长``, with a
闽宁协作联席会议 after the tour (fz10).

Identity cases:
- fz:畅云飞, a 县长 who becomes a city's 副市长: 榆社县委副书记、县长 in June 2022 (fz01); 晋中市 副市长 in April 2024 (fz02).
- fz:韩宝林, a county 书记 who becomes the city's 常务副市长: 衡水 ``市委常委、县委书记`` of 饶阳 in April 2021 (fz03); 衡水市委常委、
  常务副市长 in August 2023 (fz04).
- fz:贾立恒, a county's 专职 副书记 who becomes 县长 of another county: 饶阳县委副书记 in April 2021 (fz03); 武强县委副书记、县长 in
  August 2023 (fz04).
- fz:饶志鹏, a 常务副县长 who becomes 县长 of another county: 宜黄县委常委、常务副县长 in October 2021 (fz06); 黎川县委副书记、县长 in
  May 2023 (fz07).
- two different 李志宏 in unrelated places: fz:李志宏#1 is 富川瑶族自治县委常委、宣传部部长 (广西 贺州, fz05); fz:李志宏#2 is 东辽县
  副县长 (吉林 辽源, fz08).
- one organ name in several places: bare ``高新区党工委书记`` is 衡水高新区's in fz04 and 抚州高新区's in fz07; bare ``县委副书记、
  县长`` is 榆社's, 寿阳's (after 寿阳县委书记), 饶阳's, 武强's (after 武强县委书记), 富川's, 宜黄's, 黎川's, 东辽's, 化隆's and 循化's
  (each after its county's 县委书记); bare ``市委常委`` is 衡水市委's on the 饶阳 site (fz03) and in the 衡水 WeChat article (fz04)
  and 抚州市委's in the 抚州日报 (fz07).
- officials of several jurisdictions in one page: 衡水市, 武强县 and 衡水高新区 (fz04); 粤桂协作 and 富川 (fz05); 抚州市, 黎川县 and
  抚州高新区 (fz07); 海东市, 化隆 and 循化 (fz09); 德化县 (福建), 吴忠市 and 红寺堡区 (fz10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, fy, au, by where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level (CONVENTIONS): ``市委常委、县委书记韩宝林`` on the 饶阳 site →
  衡水市委 常委 + 饶阳县委 书记; in a city paper or on a city portal, bare ``市委`` / ``市政府`` / ``副市长`` / ``市X局`` are that city's;
  bare ``县委副书记、县长`` after ``X县委书记`` is X's (bs, fy).
- ``副县长、县公安局局长`` → X县政府 副县长 + X县公安局 局长; ``县工信局`` as written (宜黄县工信局); ``县政府党组成员`` → X县政府党组
  成员 (parts z, ac, fy).
- Autonomous counties keep their full name as label (parts by, db): 富川瑶族自治县委 / …政府 / …委宣传部 / …乡村振兴局; 化隆回族自治
  县委 / …政府, 循化撒拉族自治县委 / …政府 (fz09 writes the counties in full in the lead; ``化隆县`` / ``化隆`` later are places only).
- Zones written bare in a city's paper or on its portal: ``高新区党工委书记`` → 衡水高新区党工委 (fz04), 抚州高新区党工委 (fz07);
  ``管委会主任`` after it → 衡水高新区管委会 主任. Places keep the bare name as written (``高新区``).
- DECIDED HERE: a county's own industrial park written ``县工业园区`` on its site gives the county label + the organ as written:
  ``县委常委、县工业园区党工委书记艾国华`` → 宜黄县委 常委 + 宜黄县工业园区党工委 书记 (not a zone label: it is no 经开区 / 高新区).
- The 东西部协作 cadres (au): ``粤桂协作工作队富川工作组组长`` is a post of that team (组长); ``闽宁协作挂职干部`` is a label, no post
  (as bs's 援疆干部); the local posts after it are holdings of the local organs (红寺堡区委 常委, 红寺堡区政府 副区长).
- ``吴忠市委常委、红寺堡区委书记`` → 吴忠市委 常委 + 红寺堡区委 书记 (红寺堡区 is one district in China: no city prefix). The
  delegation's ``县委常委、副县长`` right after ``德化县委书记`` is 德化县's.
- Events: every 调研 is an ``inspection`` (leader; 陪同 / 参加调研 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 / 就…
  提出要求 speakers); one 调研 of two places on one day is one event (bq03); the 县委常委（扩大）会议 and the 县政府常务会议 are
  meetings (chair; 出席 / 参加 / 列席 attendees); the 党政代表团's two-day 考察 is ``inspection (党政代表团考察)`` led by its head,
  and the 联席会议 after it a meeting of its own, the 协议 signed in it no event (au, af).
- Bylines: ``本报讯（记者 …）`` reporter; ``（通讯员 …）`` correspondent; 责任编辑 / 编辑 / 审核 editor lines. DECIDED HERE: in the
  WeChat repost, ``来源：衡水日报全媒体记者 赵梦雪`` is a reporter line (label 全媒体记者), the article's ``编辑：`` / ``审核：`` and the
  portal's ``【责任编辑：…】`` are all editor lines; a paper's ``美术编辑：`` is an editor line too. ``作者:饶宣`` (fz03) is a 宣传部's pen
  name, not a person (bq's ``通讯员 江宣``): not annotated. Media-centre credits without a name (``供稿：区融媒体中心``) give nothing.
- Projects: works named as under way or inspected: …产业园二期 / 三期 and a 产业园 being built ``industrial_park``; 水库除险加固 and
  护岸 / 防洪 works ``engineering_work``; 供热管网, 雨污分流, 污水处理厂, 供水 works ``infrastructure_project``; a river's 生态修复
  and a 滨河公园 ``greening_project``; a 冷链物流中心 ``logistics_hub``; a 种植示范基地, 博物馆 / 古村 / 古城 works, a 游客服务中心, a
  葡萄酒小镇, 高标准农田 ``project``. A 方案 is a document.
- Places: one line per name per file, as written (寿阳县 and 寿阳, 黎川县 and 黎川, 化隆回族自治县 / 化隆县 / 化隆 are separate
  lines); places inside titles, organ references, document titles and project names count (``滹沱河饶阳段`` → 滹沱河, 饶阳); site
  lines, breadcrumbs, mastheads, 来源 lines, bylines, footers and link lists (相关链接, 本版导航, 本版其他新闻, 往期推荐, 相关新闻,
  上一篇 / 下一篇) are not annotated (fy). DECIDED HERE: ``平舒古村`` (a village visited) is a village; ``太阳山镇移民安置区`` gives only
  the town.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

FC = "富川瑶族自治县"
HL = "化隆回族自治县"
XH = "循化撒拉族自治县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fz01_yushe.txt": (2022, "发布时间：2022-06-17 18:02", "榆社县", [
        ("常希文调研重点项目建设和防汛备汛工作", "6月16日", "2022-06-16", "6月16日，县委书记常希文",
         "county site: the 县委书记's 调研 of projects and flood preparation with the 县长, 常务副县长, a 副县长、公安局局长 and the 水利局局长")]),
    "fz02_jinzhong.txt": (2024, "2024年04月11日　星期四", "晋中市", [
        ("畅云飞到寿阳县调研文旅融合和乡村振兴工作", "4月10日", "2024-04-10", "本报讯（记者 贾雅琼）4月10日",
         "city paper 第01版: the 副市长 (the former 榆社县长) inspects 寿阳县 with the 市政府副秘书长, a 市局 head and the county's 书记 / 县长")]),
    "fz03_raoyang.txt": (2021, "发布时间: 2021-04-14", "饶阳县", [
        ("韩宝林主持召开县委常委（扩大）会议", "4月13日", "2021-04-13", "4月13日，市委常委、县委书记韩宝林",
         "county site (阜城 stamp shape): 县委常委（扩大）会议 chaired by the 市委常委、县委书记; 县长, 人大主任, 政协主席, 副书记, 常务副县长")]),
    "fz04_hengshui.txt": (2023, "2023-08-17 10:25:41", "衡水市", [
        ("韩宝林到武强县、高新区调研项目建设和安全生产工作", "8月16日", "2023-08-16", "8月16日，市委常委、常务副市长韩宝林",
         "city portal reposting a WeChat article: the 常务副市长 (former 饶阳 书记) inspects 武强县 (县长 = former 饶阳 副书记) and the 高新区")]),
    "fz05_fuchuan.txt": (2022, "发布时间：2022-09-08 17:33", FC, [
        ("黄启鸿到朝东镇、古城镇调研乡村振兴和粤桂协作工作", "9月7日", "2022-09-07", "9月7日，县委书记黄启鸿",
         "autonomous county portal: the 县委书记's 调研 with the 县长, a 粤桂协作 工作组组长、县委常委、副县长 and the 宣传部部长 (李志宏#1)")]),
    "fz06_yihuang.txt": (2021, "发布时间：2021-10-22 16:48", "宜黄县", [
        ("熊卫平调研工业园区项目建设和企业生产经营情况", "10月21日", "2021-10-21", "10月21日，县委书记熊卫平",
         "county site: the 县委书记's 调研 of the 县工业园区 with the 县长, 常务副县长, 县委常委、县工业园区党工委书记 and 工信局局长")]),
    "fz07_fuzhou.txt": (2023, "2023年05月12日　星期五", "抚州市", [
        ("吴建新到黎川县、高新区调研时强调", "5月11日", "2023-05-11", "本报讯（记者 罗婧怡）5月11日",
         "city paper 第01版: the 市长's 调研 of 黎川县 (县长 = former 宜黄 常务副县长) and the 高新区, with 市委常委、秘书长 and a 副市长")]),
    "fz08_dongliao.txt": (2024, "2024-05-20 15:36", "东辽县", [
        ("于洪博主持召开县政府第二十七次常务会议", "5月17日", "2024-05-17", "5月17日，县委副书记、县长于洪博",
         "吉林 county site: 县政府常务会议 (县长 chairs; 常务副县长 and three 副县长 incl. 李志宏#2; 党组成员 列席; a 局长 汇报)")]),
    "fz09_haidong.txt": (2023, "2023-07-13 09:47:26", "海东市", [
        ("鲁建勋在化隆循化调研时强调", "7月12日", "2023-07-12", "本报讯（记者 李娅楠）7月12日",
         "city paper portal: the 市长's 调研 of two autonomous counties with each county's 书记 and 县长; full and short county names")]),
    "fz10_hongsibu.txt": (2024, "发布时间：2024-09-26 11:20", "红寺堡区", [
        ("福建省德化县党政代表团来红寺堡区考察闽宁协作工作", "9月24日至25日", "2024-09-24", "9月24日至25日，福建省泉州市德化县委书记",
         "宁夏 district site: a 福建 county's 党政代表团 (县委书记, 县委常委、副县长) hosted by the 吴忠市委常委、区委书记, 区长 and a 闽宁 挂职 副区长; 联席会议")]),
}

_CXW = "县委常委、县工业园区党工委书记艾国华"
_CJM = "粤桂协作工作队富川工作组组长、县委常委、副县长陈嘉铭"
_YWZ = "吴忠市委常委、红寺堡区委书记杨万忠"
_WCL = "闽宁协作挂职干部、区委常委、副区长吴承霖"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 晋中 (山西)
    "fz:常希文": ("常希文", "official", "榆社县", [
        ("fz01", "榆社县委", "书记", "县委书记常希文深入箕城镇", "bare 县委 on the 榆社 site; named in the headline too")], []),
    "fz:畅云飞": ("畅云飞", "official", "晋中市", [
        ("fz01", "榆社县委", "副书记", "县委副书记、县长畅云飞", "2022-06 (identity case: 晋中市副市长 in 2024, fz02)"),
        ("fz01", "榆社县政府", "县长", "县委副书记、县长畅云飞", None),
        ("fz02", "晋中市政府", "副市长", "副市长畅云飞到寿阳县调研", "2024-04: bare 副市长 in the 晋中日报 = 晋中市's; named in the headline too")], []),
    "fz:郝建荣": ("郝建荣", "official", "榆社县", [
        ("fz01", "榆社县委", "常委", "县委常委、常务副县长郝建荣", None),
        ("fz01", "榆社县政府", "常务副县长", "县委常委、常务副县长郝建荣", None)], []),
    "fz:韩立斌": ("韩立斌", "official", "榆社县", [
        ("fz01", "榆社县政府", "副县长", "副县长、县公安局局长韩立斌", None),
        ("fz01", "榆社县公安局", "局长", "副县长、县公安局局长韩立斌", None)], []),
    "fz:武少卿": ("武少卿", "official", "榆社县", [
        ("fz01", "榆社县水利局", "局长", "县水利局局长武少卿", None)], []),
    "fz:温建业": ("温建业", "official", "晋中市", [
        ("fz02", "晋中市政府", "副秘书长", "市政府副秘书长温建业", None)], []),
    "fz:冀海鹏": ("冀海鹏", "official", "晋中市", [
        ("fz02", "晋中市文化和旅游局", "局长", "市文化和旅游局局长冀海鹏", None)], []),
    "fz:阎守信": ("阎守信", "official", "寿阳县", [
        ("fz02", "寿阳县委", "书记", "寿阳县委书记阎守信", None)], []),
    "fz:程丽娜": ("程丽娜", "official", "寿阳县", [
        ("fz02", "寿阳县委", "副书记", "县委副书记、县长程丽娜参加调研", "bare 县委 right after 寿阳县委书记"),
        ("fz02", "寿阳县政府", "县长", "县委副书记、县长程丽娜参加调研", None)], []),
    # ---- 衡水 (河北)
    "fz:韩宝林": ("韩宝林", "official", "衡水市", [
        ("fz03", "衡水市委", "常委", "市委常委、县委书记韩宝林主持召开", "2021-04: bare 市委 on the 饶阳 site = 衡水市委 (parent) (identity case: 常务副市长 in 2023, fz04)"),
        ("fz03", "饶阳县委", "书记", "市委常委、县委书记韩宝林主持召开", "named in the headline too"),
        ("fz04", "衡水市委", "常委", "市委常委、常务副市长韩宝林到武强县", "2023-08: now 常务副市长"),
        ("fz04", "衡水市政府", "常务副市长", "市委常委、常务副市长韩宝林到武强县", None)], []),
    "fz:耿立伟": ("耿立伟", "official", "饶阳县", [
        ("fz03", "饶阳县委", "副书记", "县委副书记、县长耿立伟", None),
        ("fz03", "饶阳县政府", "县长", "县委副书记、县长耿立伟", None)], []),
    "fz:邸振川": ("邸振川", "official", "饶阳县", [
        ("fz03", "饶阳县人大常委会", "主任", "县人大常委会主任邸振川", None)], []),
    "fz:张秀梅": ("张秀梅", "official", "饶阳县", [
        ("fz03", "饶阳县政协", "主席", "县政协主席张秀梅", None)], []),
    "fz:贾立恒": ("贾立恒", "official", "衡水市", [
        ("fz03", "饶阳县委", "副书记", "县委副书记贾立恒", "2021-04: the 专职 副书记 (identity case: 武强县长 in 2023, fz04)"),
        ("fz04", "武强县委", "副书记", "县委副书记、县长贾立恒陪同调研", "2023-08: bare 县委 right after 武强县委书记"),
        ("fz04", "武强县政府", "县长", "县委副书记、县长贾立恒陪同调研", None)], []),
    "fz:董建伟": ("董建伟", "official", "饶阳县", [
        ("fz03", "饶阳县委", "常委", "县委常委、常务副县长董建伟", None),
        ("fz03", "饶阳县政府", "常务副县长", "县委常委、常务副县长董建伟", None)], []),
    "fz:路云鹏": ("路云鹏", "official", "衡水市", [
        ("fz04", "衡水市政府", "副秘书长", "市政府副秘书长路云鹏", None)], []),
    "fz:尹国钧": ("尹国钧", "official", "武强县", [
        ("fz04", "武强县委", "书记", "武强县委书记尹国钧", None)], []),
    "fz:边志刚": ("边志刚", "official", "衡水高新区", [
        ("fz04", "衡水高新区党工委", "书记", "高新区党工委书记边志刚", "bare 高新区 on the 衡水 portal = 衡水高新区 (抚州高新区 in fz07)")], []),
    "fz:苑立群": ("苑立群", "official", "衡水高新区", [
        ("fz04", "衡水高新区党工委", "副书记", "高新区党工委副书记、管委会主任苑立群", None),
        ("fz04", "衡水高新区管委会", "主任", "高新区党工委副书记、管委会主任苑立群", None)], []),
    # ---- 贺州 (广西)
    "fz:黄启鸿": ("黄启鸿", "official", FC, [
        ("fz05", f"{FC}委", "书记", "县委书记黄启鸿深入朝东镇", "the autonomous county's full name (by, db); named in the headline too")], []),
    "fz:盘荣华": ("盘荣华", "official", FC, [
        ("fz05", f"{FC}委", "副书记", "县委副书记、县长盘荣华", None),
        ("fz05", f"{FC}政府", "县长", "县委副书记、县长盘荣华", None)], []),
    "fz:陈嘉铭": ("陈嘉铭", "official", FC, [
        ("fz05", "粤桂协作工作队富川工作组", "组长", _CJM, "the 协作 team's role is a post of the team (au)"),
        ("fz05", f"{FC}委", "常委", _CJM, None),
        ("fz05", f"{FC}政府", "副县长", _CJM, None)], []),
    "fz:李志宏#1": ("李志宏", "official", FC, [
        ("fz05", f"{FC}委", "常委", "县委常委、宣传部部长李志宏", "富川 (广西 贺州); not the 李志宏 of 东辽县 (吉林, fz08)"),
        ("fz05", f"{FC}委宣传部", "部长", "县委常委、宣传部部长李志宏", "宣传部 after 县委常委 = the 县委's")], []),
    "fz:毛春燕": ("毛春燕", "official", FC, [
        ("fz05", f"{FC}乡村振兴局", "局长", "县乡村振兴局局长毛春燕", None)], []),
    # ---- 抚州 (江西)
    "fz:熊卫平": ("熊卫平", "official", "宜黄县", [
        ("fz06", "宜黄县委", "书记", "县委书记熊卫平到县工业园区", "named in the headline too")], []),
    "fz:胡嘉禾": ("胡嘉禾", "official", "宜黄县", [
        ("fz06", "宜黄县委", "副书记", "县委副书记、县长胡嘉禾", None),
        ("fz06", "宜黄县政府", "县长", "县委副书记、县长胡嘉禾", None)], []),
    "fz:饶志鹏": ("饶志鹏", "official", "抚州市", [
        ("fz06", "宜黄县委", "常委", "县委常委、常务副县长饶志鹏", "2021-10 (identity case: 黎川县长 in 2023, fz07)"),
        ("fz06", "宜黄县政府", "常务副县长", "县委常委、常务副县长饶志鹏", None),
        ("fz07", "黎川县委", "副书记", "县委副书记、县长饶志鹏陪同调研", "2023-05: bare 县委 right after 黎川县委书记"),
        ("fz07", "黎川县政府", "县长", "县委副书记、县长饶志鹏陪同调研", None)], []),
    "fz:艾国华": ("艾国华", "official", "宜黄县", [
        ("fz06", "宜黄县委", "常委", _CXW, None),
        ("fz06", "宜黄县工业园区党工委", "书记", _CXW, "DECIDED HERE: the county's own 工业园区 = county label + organ as written")], []),
    "fz:裴海燕": ("裴海燕", "official", "宜黄县", [
        ("fz06", "宜黄县工信局", "局长", "县工信局局长裴海燕", "as written")], []),
    "fz:吴建新": ("吴建新", "official", "抚州市", [
        ("fz07", "抚州市委", "副书记", "市委副书记、市长吴建新到黎川县", "named in the headline too"),
        ("fz07", "抚州市政府", "市长", "市委副书记、市长吴建新到黎川县", None)], []),
    "fz:黎文哲": ("黎文哲", "official", "抚州市", [
        ("fz07", "抚州市委", "常委", "市委常委、秘书长黎文哲", None),
        ("fz07", "抚州市委", "秘书长", "市委常委、秘书长黎文哲", "秘书长 after 市委常委 = the 市委's")], []),
    "fz:邹丽萍": ("邹丽萍", "official", "抚州市", [
        ("fz07", "抚州市政府", "副市长", "副市长邹丽萍参加调研", None)], []),
    "fz:涂海滨": ("涂海滨", "official", "黎川县", [
        ("fz07", "黎川县委", "书记", "黎川县委书记涂海滨", None)], []),
    "fz:车建军": ("车建军", "official", "抚州高新区", [
        ("fz07", "抚州高新区党工委", "书记", "高新区党工委书记车建军", "bare 高新区 in the 抚州日报 = 抚州高新区 (衡水高新区 in fz04)")], []),
    # ---- 辽源 (吉林)
    "fz:于洪博": ("于洪博", "official", "东辽县", [
        ("fz08", "东辽县委", "副书记", "县委副书记、县长于洪博主持召开", "named in the headline too"),
        ("fz08", "东辽县政府", "县长", "县委副书记、县长于洪博主持召开", None)], []),
    "fz:孙立彬": ("孙立彬", "official", "东辽县", [
        ("fz08", "东辽县委", "常委", "县委常委、常务副县长孙立彬", None),
        ("fz08", "东辽县政府", "常务副县长", "县委常委、常务副县长孙立彬", None)], []),
    "fz:李志宏#2": ("李志宏", "official", "东辽县", [
        ("fz08", "东辽县政府", "副县长", "副县长李志宏、金美善、白云鹤", "东辽 (吉林 辽源); not the 李志宏 of 富川 (广西, fz05); a list after one title")], []),
    "fz:金美善": ("金美善", "official", "东辽县", [
        ("fz08", "东辽县政府", "副县长", "副县长李志宏、金美善、白云鹤", None)], []),
    "fz:白云鹤": ("白云鹤", "official", "东辽县", [
        ("fz08", "东辽县政府", "副县长", "副县长李志宏、金美善、白云鹤", None)], []),
    "fz:马春雷": ("马春雷", "official", "东辽县", [
        ("fz08", "东辽县政府党组", "成员", "县政府党组成员马春雷", "党组成员 is a post of the 党组 (z, ac, fy)")], []),
    "fz:姜红梅": ("姜红梅", "official", "东辽县", [
        ("fz08", "东辽县农业农村局", "局长", "县农业农村局局长姜红梅", None)], []),
    # ---- 海东 (青海)
    "fz:鲁建勋": ("鲁建勋", "official", "海东市", [
        ("fz09", "海东市委", "副书记", "市委副书记、市长鲁建勋深入化隆回族自治县", "named in the headline too"),
        ("fz09", "海东市政府", "市长", "市委副书记、市长鲁建勋深入化隆回族自治县", None)], []),
    "fz:星海峰": ("星海峰", "official", "海东市", [
        ("fz09", "海东市政府", "秘书长", "市政府秘书长星海峰", None)], []),
    "fz:韩永福": ("韩永福", "official", HL, [
        ("fz09", f"{HL}委", "书记", "化隆回族自治县委书记韩永福", None)], []),
    "fz:马占魁": ("马占魁", "official", HL, [
        ("fz09", f"{HL}委", "副书记", "县委副书记、县长马占魁", "bare 县委 right after 化隆回族自治县委书记"),
        ("fz09", f"{HL}政府", "县长", "县委副书记、县长马占魁", None)], []),
    "fz:冶成俊": ("冶成俊", "official", XH, [
        ("fz09", f"{XH}委", "书记", "循化撒拉族自治县委书记冶成俊", None)], []),
    "fz:韩德荣": ("韩德荣", "official", XH, [
        ("fz09", f"{XH}委", "副书记", "县委副书记、县长韩德荣分别陪同调研", "bare 县委 right after 循化撒拉族自治县委书记"),
        ("fz09", f"{XH}政府", "县长", "县委副书记、县长韩德荣分别陪同调研", None)], []),
    # ---- 吴忠 (宁夏) and 泉州 (福建)
    "fz:郑伟航": ("郑伟航", "official", "德化县", [
        ("fz10", "德化县委", "书记", "福建省泉州市德化县委书记郑伟航率党政代表团", "德化县 (福建 泉州), one county of that name")], []),
    "fz:林泽鸿": ("林泽鸿", "official", "德化县", [
        ("fz10", "德化县委", "常委", "县委常委、副县长林泽鸿参加考察", "bare 县委 of the delegation = 德化县's"),
        ("fz10", "德化县政府", "副县长", "县委常委、副县长林泽鸿参加考察", None)], []),
    "fz:杨万忠": ("杨万忠", "official", "红寺堡区", [
        ("fz10", "吴忠市委", "常委", _YWZ, None),
        ("fz10", "红寺堡区委", "书记", _YWZ, "红寺堡区: one district of that name, no city prefix")], []),
    "fz:马晓辉": ("马晓辉", "official", "红寺堡区", [
        ("fz10", "红寺堡区委", "副书记", "区委副书记、区长马晓辉", None),
        ("fz10", "红寺堡区政府", "区长", "区委副书记、区长马晓辉", None)], []),
    "fz:吴承霖": ("吴承霖", "official", "红寺堡区", [
        ("fz10", "红寺堡区委", "常委", _WCL, "``闽宁协作挂职干部`` is a label, no post (bs, au)"),
        ("fz10", "红寺堡区政府", "副区长", _WCL, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fz01", "申慧芳", "责任编辑", "editor", "责任编辑：申慧芳"),
    ("fz02", "贾雅琼", "记者", "reporter", "本报讯（记者 贾雅琼）"),
    ("fz02", "乔瑞霞", "责任编辑", "editor", "责任编辑：乔瑞霞"),
    ("fz02", "郭晓妍", "美术编辑", "editor", "美术编辑：郭晓妍"),
    ("fz04", "赵梦雪", "全媒体记者", "reporter", "来源：衡水日报全媒体记者 赵梦雪"),
    ("fz04", "邢佳琪", "编辑", "editor", "编辑：邢佳琪"),
    ("fz04", "穆建平", "审核", "editor", "审核：穆建平"),
    ("fz04", "杜晓彤", "责任编辑", "editor", "【责任编辑：杜晓彤】"),
    ("fz05", "邓海鹰", "编辑", "editor", "编辑：邓海鹰"),
    ("fz05", "韦德明", "审核", "editor", "审核：韦德明"),
    ("fz06", "游晓辉", "通讯员", "correspondent", "（通讯员 游晓辉）"),
    ("fz07", "罗婧怡", "记者", "reporter", "本报讯（记者 罗婧怡）"),
    ("fz07", "章雨婷", "责任编辑", "editor", "责任编辑：章雨婷"),
    ("fz08", "宫雪莹", "责任编辑", "editor", "责任编辑：宫雪莹"),
    ("fz09", "李娅楠", "记者", "reporter", "本报讯（记者 李娅楠）"),
    ("fz09", "侯子健", "编辑", "editor", "（编辑：侯子健）"),
    ("fz10", "贺彩琴", "编辑", "editor", "编辑：贺彩琴"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("fz01", "箕城镇、云竹镇、河峪乡重点项目建设和防汛备汛调研", "inspection (调研)", "6月16日", None, "常希文", [],
     ["畅云飞", "郝建荣", "韩立斌", "武少卿"], ["武少卿", "郝建荣", "常希文", "畅云飞", "韩立斌"], "箕城镇、云竹镇、河峪乡",
     "县委书记常希文深入箕城镇、云竹镇、河峪乡，调研重点项目建设和防汛备汛工作",
     ["县委书记常希文深入箕城镇", "县水利局局长武少卿陪同调研", "武少卿汇报了", "郝建荣介绍了", "常希文指出",
      "畅云飞就下一步工作作了安排", "韩立斌就汛期道路交通安全和应急救援力量预置提出要求"]),
    ("fz02", "寿阳县文旅融合和乡村振兴调研", "inspection (调研)", "4月10日", None, "畅云飞", [],
     ["温建业", "冀海鹏", "阎守信", "程丽娜"], ["阎守信", "程丽娜", "冀海鹏", "畅云飞"], "寿阳县",
     "副市长畅云飞到寿阳县调研文旅融合和乡村振兴工作",
     ["副市长畅云飞到寿阳县调研", "县长程丽娜参加调研", "阎守信汇报了", "程丽娜介绍了", "冀海鹏就全市乡村旅游精品线路打造",
      "畅云飞指出"]),
    ("fz03", "县委常委（扩大）会议", "meeting (县委常委扩大会议)", "4月13日", "韩宝林", None, [],
     ["耿立伟", "邸振川", "张秀梅", "贾立恒"], ["董建伟", "贾立恒", "韩宝林", "耿立伟"], None,
     "市委常委、县委书记韩宝林主持召开县委常委（扩大）会议",
     ["县委书记韩宝林主持召开", "县委副书记贾立恒，其他县委常委、副县长参加会议", "常务副县长董建伟关于一季度全县经济运行情况的汇报",
      "贾立恒就党史学习教育", "韩宝林强调", "耿立伟就抓好春季农业生产"]),
    ("fz04", "武强县、高新区项目建设和安全生产调研", "inspection (调研)", "8月16日", None, "韩宝林", [],
     ["路云鹏", "尹国钧", "贾立恒", "苑立群"], ["贾立恒", "边志刚", "韩宝林"], "武强县、高新区",
     "市委常委、常务副市长韩宝林到武强县、高新区调研项目建设和安全生产工作",
     ["常务副市长韩宝林到武强县、高新区调研", "市政府副秘书长路云鹏参加调研", "县长贾立恒陪同调研", "贾立恒汇报了",
      "听取了高新区党工委书记边志刚关于", "管委会主任苑立群陪同调研", "韩宝林强调"]),
    ("fz05", "朝东镇、古城镇、福利镇乡村振兴和粤桂协作调研", "inspection (调研)", "9月7日", None, "黄启鸿", [],
     ["盘荣华", "陈嘉铭", "李志宏", "毛春燕"], ["李志宏", "陈嘉铭", "毛春燕", "黄启鸿", "盘荣华"], "朝东镇、古城镇、福利镇",
     "县委书记黄启鸿深入朝东镇、古城镇、福利镇，调研乡村振兴和粤桂协作工作",
     ["县委书记黄启鸿深入朝东镇", "县乡村振兴局局长毛春燕陪同调研", "李志宏介绍了", "陈嘉铭汇报了", "毛春燕介绍了",
      "黄启鸿强调", "盘荣华表示"]),
    ("fz06", "县工业园区项目建设和企业生产经营调研", "inspection (调研)", "10月21日", None, "熊卫平", [],
     ["胡嘉禾", "饶志鹏", "艾国华", "裴海燕"], ["艾国华", "裴海燕", "熊卫平", "胡嘉禾", "饶志鹏"], "宜黄县工业园区",
     "县委书记熊卫平到县工业园区调研项目建设和企业生产经营情况",
     ["县委书记熊卫平到县工业园区调研", "县工信局局长裴海燕陪同调研", "艾国华汇报了", "裴海燕介绍了", "熊卫平强调",
      "胡嘉禾要求", "饶志鹏就四季度项目调度"]),
    ("fz07", "黎川县、高新区项目建设和产业发展调研", "inspection (调研)", "5月11日", None, "吴建新", [],
     ["黎文哲", "邹丽萍", "涂海滨", "饶志鹏"], ["饶志鹏", "涂海滨", "车建军", "吴建新", "邹丽萍"], "黎川县、高新区",
     "市委副书记、市长吴建新到黎川县、高新区调研项目建设和产业发展工作",
     ["市长吴建新到黎川县、高新区调研", "副市长邹丽萍参加调研", "县长饶志鹏陪同调研", "饶志鹏汇报了", "涂海滨介绍了",
      "高新区党工委书记车建军汇报了", "吴建新强调", "邹丽萍就项目用地保障"]),
    ("fz08", "县政府第二十七次常务会议", "meeting (县政府常务会议)", "5月17日", "于洪博", None, [],
     ["孙立彬", "李志宏", "金美善", "白云鹤", "马春雷"], ["姜红梅", "于洪博", "孙立彬", "李志宏"], None,
     "县委副书记、县长于洪博主持召开县政府第二十七次常务会议",
     ["县长于洪博主持召开", "副县长李志宏、金美善、白云鹤出席会议", "县政府党组成员马春雷列席会议", "县农业农村局局长姜红梅关于",
      "于洪博强调", "孙立彬就一季度经济运行", "李志宏就森林草原防灭火工作作了安排"]),
    ("fz09", "化隆回族自治县、循化撒拉族自治县沿黄生态保护、特色产业发展和防汛调研", "inspection (调研)", "7月12日", None, "鲁建勋", [],
     ["星海峰", "韩永福", "马占魁", "冶成俊", "韩德荣"], ["马占魁", "韩永福", "韩德荣", "冶成俊", "鲁建勋"],
     "化隆回族自治县、循化撒拉族自治县",
     "市委副书记、市长鲁建勋深入化隆回族自治县、循化撒拉族自治县，调研沿黄生态保护、特色产业发展和防汛工作",
     ["市长鲁建勋深入化隆回族自治县", "市政府秘书长星海峰参加调研", "县长韩德荣分别陪同调研", "马占魁汇报了", "韩永福介绍了",
      "听取了韩德荣关于", "冶成俊表示", "鲁建勋指出"]),
    ("fz10", "德化县党政代表团考察闽宁协作工作", "inspection (党政代表团考察)", "9月24日至25日", None, "郑伟航", [],
     ["林泽鸿", "杨万忠", "马晓辉", "吴承霖"], [], "红寺堡区",
     "德化县委书记郑伟航率党政代表团来红寺堡区考察闽宁协作工作",
     ["德化县委书记郑伟航率党政代表团", "副县长林泽鸿参加考察", "副区长吴承霖陪同考察"]),
    ("fz10", "闽宁协作联席会议", "meeting (联席会议)", "25日上午", "杨万忠", None, [],
     [], ["杨万忠", "吴承霖", "郑伟航", "马晓辉"], None,
     "25日上午，两地召开闽宁协作联席会议",
     ["杨万忠主持会议并介绍了", "吴承霖汇报了", "郑伟航表示", "马晓辉表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fz01", "榆社县化石博物馆提质改造项目", "project", "榆社县化石博物馆提质改造项目"),
    ("fz01", "云竹水库除险加固工程", "engineering_work", "云竹水库除险加固工程和河峪乡"),
    ("fz01", "河峪乡中药材种植示范基地", "project", "河峪乡中药材种植示范基地，实地察看"),
    ("fz02", "寿阳县平舒古村保护利用工程", "project", "寿阳县平舒古村保护利用工程"),
    ("fz02", "宗艾镇设施农业产业园二期", "industrial_park", "宗艾镇设施农业产业园二期"),
    ("fz02", "方山森林公园游客服务中心建设项目", "project", "方山森林公园游客服务中心建设项目"),
    ("fz03", "饶阳县设施蔬菜产业园二期", "industrial_park", "饶阳县设施蔬菜产业园二期"),
    ("fz03", "滹沱河饶阳段生态修复工程", "greening_project", "滹沱河饶阳段生态修复工程"),
    ("fz03", "县城集中供热管网改造工程", "infrastructure_project", "县城集中供热管网改造工程纳入年度重点项目清单"),
    ("fz04", "武强县乐器产业园二期", "industrial_park", "武强县乐器产业园二期"),
    ("fz04", "武强年画博物馆提升改造工程", "project", "武强年画博物馆提升改造工程"),
    ("fz04", "县城北区雨污分流改造工程", "infrastructure_project", "县城北区雨污分流改造工程现场"),
    ("fz04", "高新区新材料产业园标准化厂房三期", "industrial_park", "高新区新材料产业园标准化厂房三期"),
    ("fz05", "富川脐橙标准化种植示范基地", "project", "古城镇富川脐橙标准化种植示范基地"),
    ("fz05", "粤桂协作富川产业园三期", "industrial_park", "福利镇粤桂协作富川产业园三期"),
    ("fz06", "宜黄县工业园区新材料产业园二期", "industrial_park", "宜黄县工业园区新材料产业园二期"),
    ("fz06", "宜黄河城区段防洪提升工程", "engineering_work", "宜黄河城区段防洪提升工程"),
    ("fz06", "凤冈镇农产品冷链物流中心建设项目", "logistics_hub", "凤冈镇农产品冷链物流中心建设项目"),
    ("fz07", "黎川县陶瓷产业园二期", "industrial_park", "黎川县陶瓷产业园二期"),
    ("fz07", "黎川古城保护提升工程", "project", "黎川古城保护提升工程"),
    ("fz07", "日峰镇城乡供水一体化项目", "infrastructure_project", "日峰镇城乡供水一体化项目"),
    ("fz07", "高新区生物医药产业园一期", "industrial_park", "高新区生物医药产业园一期"),
    ("fz07", "数字经济产业园建设项目", "industrial_park", "数字经济产业园建设项目"),
    ("fz08", "东辽县梅花鹿产业园二期", "industrial_park", "东辽县梅花鹿产业园二期"),
    ("fz08", "辽河源镇污水处理厂提标改造工程", "infrastructure_project", "辽河源镇污水处理厂提标改造工程"),
    ("fz08", "白泉镇高标准农田建设项目", "project", "白泉镇高标准农田建设项目"),
    ("fz09", "群科新区黄河滨河公园建设项目", "greening_project", "群科新区黄河滨河公园建设项目"),
    ("fz09", "化隆县拉面经济产业园", "industrial_park", "化隆县拉面经济产业园"),
    ("fz09", "积石镇黄河护岸加固工程", "engineering_work", "积石镇黄河护岸加固工程"),
    ("fz09", "循化县线辣椒加工产业园二期", "industrial_park", "循化县线辣椒加工产业园二期"),
    ("fz10", "红寺堡区闽宁产业园二期", "industrial_park", "红寺堡区闽宁产业园二期"),
    ("fz10", "罗山葡萄酒小镇", "project", "罗山葡萄酒小镇"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fz01", "箕城镇", "town", "standalone", "深入箕城镇、云竹镇、河峪乡"),
    ("fz01", "云竹镇", "town", "standalone", "深入箕城镇、云竹镇、河峪乡"),
    ("fz01", "河峪乡", "township", "standalone", "深入箕城镇、云竹镇、河峪乡"),
    ("fz01", "榆社县", "county", "in_project_name", "榆社县化石博物馆提质改造项目"),
    ("fz01", "云竹水库", "reservoir", "standalone", "在云竹水库，武少卿汇报了"),
    ("fz02", "寿阳县", "county", "standalone", "副市长畅云飞到寿阳县调研"),
    ("fz02", "平舒乡", "township", "standalone", "先后来到平舒乡、宗艾镇"),
    ("fz02", "宗艾镇", "town", "standalone", "先后来到平舒乡、宗艾镇"),
    ("fz02", "平舒古村", "village", "standalone", "在平舒古村，阎守信汇报了"),
    ("fz02", "方山森林公园", "park", "in_project_name", "方山森林公园游客服务中心建设项目"),
    ("fz02", "寿阳", "county", "standalone", "寿阳文旅资源禀赋好"),
    ("fz03", "饶阳县", "county", "in_document_title", "《饶阳县2021年重点项目建设实施方案》"),
    ("fz03", "滹沱河", "river", "standalone", "滹沱河生态修复要与"),
    ("fz03", "饶阳", "county", "in_project_name", "滹沱河饶阳段生态修复工程"),
    ("fz04", "武强县", "county", "standalone", "在武强县，韩宝林先后来到"),
    ("fz04", "高新区", "development_zone", "standalone", "在高新区，韩宝林实地察看了"),
    ("fz04", "武强", "county", "in_project_name", "武强年画博物馆提升改造工程"),
    ("fz05", "朝东镇", "town", "standalone", "深入朝东镇、古城镇、福利镇"),
    ("fz05", "古城镇", "town", "standalone", "深入朝东镇、古城镇、福利镇"),
    ("fz05", "福利镇", "town", "standalone", "深入朝东镇、古城镇、福利镇"),
    ("fz05", "秀水村", "village", "standalone", "先后来到朝东镇秀水村、岔山村"),
    ("fz05", "岔山村", "village", "standalone", "先后来到朝东镇秀水村、岔山村"),
    ("fz05", "富川", "county", "standalone", "推动更多广东企业到富川投资兴业"),
    ("fz05", "广东", "province", "standalone", "推动更多广东企业到富川投资兴业"),
    ("fz06", "宜黄县工业园区", "zone_park", "in_project_name", "宜黄县工业园区新材料产业园二期"),
    ("fz06", "宜黄县", "county", "in_project_name", "宜黄县工业园区新材料产业园二期"),
    ("fz06", "宜黄河", "river", "in_project_name", "宜黄河城区段防洪提升工程"),
    ("fz06", "凤冈镇", "town", "in_project_name", "凤冈镇农产品冷链物流中心建设项目"),
    ("fz07", "黎川县", "county", "standalone", "在黎川县，吴建新先后来到"),
    ("fz07", "高新区", "development_zone", "standalone", "在高新区，吴建新察看了"),
    ("fz07", "黎川古城", "heritage_site", "standalone", "介绍了黎川古城文旅融合发展思路"),
    ("fz07", "日峰镇", "town", "in_project_name", "日峰镇城乡供水一体化项目"),
    ("fz07", "黎川", "county", "standalone", "黎川要做优陶瓷主导产业"),
    ("fz08", "东辽县", "county", "in_project_name", "东辽县梅花鹿产业园二期"),
    ("fz08", "辽河源镇", "town", "in_project_name", "辽河源镇污水处理厂提标改造工程"),
    ("fz08", "白泉镇", "town", "in_project_name", "白泉镇高标准农田建设项目"),
    ("fz08", "东辽", "county", "standalone", "梅花鹿产业是东辽的特色优势产业"),
    ("fz08", "辽河", "river", "standalone", "辽河源头生态保护责任重大"),
    ("fz09", "化隆回族自治县", "county", "standalone", "深入化隆回族自治县、循化撒拉族自治县"),
    ("fz09", "循化撒拉族自治县", "county", "standalone", "深入化隆回族自治县、循化撒拉族自治县"),
    ("fz09", "化隆县", "county", "standalone", "在化隆县，鲁建勋来到"),
    ("fz09", "循化县", "county", "standalone", "在循化县，鲁建勋实地察看了"),
    ("fz09", "群科新区", "new_area", "standalone", "介绍了群科新区产城融合发展规划"),
    ("fz09", "积石镇", "town", "in_project_name", "积石镇黄河护岸加固工程"),
    ("fz09", "黄河", "river", "standalone", "循化将守好黄河岸线"),
    ("fz09", "化隆", "county", "standalone", "化隆、循化地处黄河上游"),
    ("fz09", "循化", "county", "standalone", "化隆、循化地处黄河上游"),
    ("fz10", "福建省", "province", "in_title", "福建省泉州市德化县委书记郑伟航"),
    ("fz10", "泉州市", "city", "in_title", "福建省泉州市德化县委书记郑伟航"),
    ("fz10", "德化县", "county", "in_title", "福建省泉州市德化县委书记郑伟航"),
    ("fz10", "红寺堡区", "district", "standalone", "率党政代表团来红寺堡区考察闽宁协作工作"),
    ("fz10", "吴忠市", "city", "in_title", _YWZ),
    ("fz10", "太阳山镇", "town", "standalone", "太阳山镇移民安置区"),
    ("fz10", "罗山", "mountain", "in_project_name", "罗山葡萄酒小镇"),
    ("fz10", "德化", "county", "standalone", "德化将持续深化与红寺堡的结对帮扶"),
    ("fz10", "红寺堡", "district", "standalone", "德化将持续深化与红寺堡的结对帮扶"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fz", conventions="set fz (blind set, held-out-like mix: county and district government sites, city-paper digital editions and a WeChat article reposted on a city portal in 山西 晋中 (榆社县; 寿阳县 in the 晋中日报), 河北 衡水 (饶阳县; 武强县 and 衡水高新区 on the 衡水新闻网), 广西 贺州 (富川瑶族自治县), 江西 抚州 (宜黄县; 黎川县 and 抚州高新区 in the 抚州日报), 吉林 辽源 (东辽县), 青海 海东 (化隆回族自治县, 循化撒拉族自治县) and 宁夏 吴忠 (红寺堡区, with 福建 德化县's 党政代表团): bare organs take the page's place or its parent (市委常委 on a county site = the city's 市委); autonomous counties keep their full name; bare 高新区 = the paper's city's zone; a county's 县工业园区党工委 = county label + organ; 协作 team roles are posts, 挂职干部 is not; the WeChat repost's 全媒体记者 is a reporter, its 编辑 / 审核 and the portal's 责任编辑 editors; link lists are not annotated; one line per post per article)",
          persons_note="Set fz persons. id = corpus-wide person_id (fz:李志宏#1 of 富川瑶族自治县 (广西, 县委常委、宣传部部长) and fz:李志宏#2 of 东辽县 (吉林, 副县长) are two people; fz:畅云飞 榆社县长 2022 → 晋中市副市长 2024; fz:韩宝林 衡水市委常委、饶阳县委书记 2021 → 衡水市委常委、常务副市长 2023; fz:贾立恒 饶阳县委副书记 2021 → 武强县委副书记、县长 2023; fz:饶志鹏 宜黄县委常委、常务副县长 2021 → 黎川县委副书记、县长 2023)")


if __name__ == "__main__":
    main()
