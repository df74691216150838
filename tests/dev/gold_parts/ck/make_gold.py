"""Write gold part ``ck`` (a blind set: election and appointment outcomes at county 党代会 全委会, 人代会, 人大常委会 and
政协 sessions in 湖北, 山东, 河南, 广西 and 黑龙江) from the tables below.

Pages ``tests/dev/texts/ck*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 红网 嘉禾 report of a 县人代会 第三次全体会议 (``…当选为县十六届人大
常委会主任，…当选为…副主任…；…当选为县人民政府县长，…当选副县长；…当选为县人民法院院长；…当选为…检察长，须报市人大
常委会批准``); the 孝昌 (长江云) report of a 县人代会 一次会议 listing the posts to be elected (``孝昌县监察委员会主任1名``,
``（记者：…）``); the 房县 city-paper digital edition (``县十七届人大常委会召开第二十八次会议 任命…为代理县长``, ``本报讯
（记者… 通讯员…）``, ``决定接受…辞去县人民政府县长职务的请求；任命县委副书记…为县人民政府副县长、代理县长``, 宪法宣誓,
表态发言); the 惠安 and 石台 人大常委会 reports (``决定任命…为…人民政府副县长、代理县长``, 颁发任命书); the 天水 (甘谷) site's
人大常委会 report (主任 主持, 副主任 出席, 列席 list, ``接受…辞去…县长职务请求的决定``); the 石柱 政协 一次会议 闭幕 page
(``本网讯（记者…）``, 执行主席, ``…当选…委员会主席；…当选…副主席；…当选…秘书长``); the 太湖 政协 预备会议 page (chrome
``编辑: … 审核人:… 阅读次数:``); the 金湖 and 宣汉 政协 闭幕 pages (``新当选的县政协主席…讲话``, ``大会选举…为…主席，…为副主席，
…为秘书长``); a 山东省政协 session with a 选举大会 before the 闭幕大会 (``补选…为省政协副主席…因年龄原因，不再担任省政协副主席
职务``); the 凤翔 党代会 闭幕 (``大会首先宣布第十六届县委委员、候补委员和县纪委委员…当选名单``), the 新昌 党代会 预备会议 and
the 汝城 党代会 闭幕 pages (``选举产生了新一届县委、县纪委领导班子``); the 临朐 人大 site (任命书, 宪法宣誓). The ``pages``
corpus gave no real report of a county 全委会 itself (only novels); the 全委会 pages (ck01, ck05, ck08) follow the 党代会
pages' wording and the usual shapes of such reports: prose ``…当选为县委常委；…当选为县委书记`` and the 名单 appendix
``书记：… 副书记：… 常委：…（按姓氏笔画为序）``. Places are real and new to the corpus: 湖北 襄阳 谷城县 (four pages), 山东 菏泽
成武县 (two), 河南 周口 鹿邑县, 广西 贵港 平南县 and the county-level city 桂平市, 黑龙江 鹤岗 萝北县 and 绥滨县.

Shapes: a county site's report of the 县委 一次全会 electing 常委, 书记, 副书记 in prose and approving the 纪委 一次全会's
书记 / 副书记, the 人大主任 and 政协主席 列席 (ck01); a city paper's 第03版 of the county 人代会 一次会议 闭幕 (``选举…为…主任，
…为副主任；选举…为…县长，…为副县长；选举…为…监察委员会主任``; a 市人大常委会副主任 到会指导) (ck02); a 县人大 site's
人大常委会 会议: the 县长 (now 县委书记) resigns, the 县委副书记 is appointed 副县长、代理县长, a 财政局局长 任命 / 免去 (ck03);
the county site's 人代会 第三次全体会议: the 代县长 elected 县长, a 副县长 补选 (ck04); a city paper's 全委会 with the 名单
appendix (ck05); a county site's 政协 闭幕 with 补选 主席 / 副主席 and two ``不再担任`` (ck06); a 县人大 site's 人代会 闭幕 in
``选举…为…`` sentences (ck07); a city paper's 全委会 in one ``选举…为县委常委，选举…为县委书记`` sentence (ck08); a
county-level city's site: the 市委副书记、代市长 elected 市长, a 副市长 and the 市监察委员会主任 补选 (ck09); a city paper page with
two articles: a 人代会 闭幕 (``…当选为县长``) and a 政协 闭幕 (ck10).

Identity cases:
- ck:葛青松, a 县委副书记 elected 县长 after being 代县长 (谷城县): elected 县委常委、副书记 at the 全委会 of Sept 2021 (ck01);
  appointed 副县长、代理县长 by the 人大常委会 in Oct 2023 (ck03); ``县委副书记、代县长`` elected 县长 in Jan 2024 (ck04).
- ck:聂卫东, a 县长 who becomes 县委书记: 县委副书记 (elected) and 县长 in Sept 2021 (ck01); re-elected 县长 in Dec 2021 (ck02);
  县委书记 whose resignation as 县长 is accepted in Oct 2023 (ck03); 县委书记 at the Jan 2024 election (ck04).
- ck:邵红霞 县委常委 (ck01, Sept 2021) → elected 县人大常委会主任 (ck02, Dec 2021), chairing in ck03 and ck04.
  ck:詹慧敏 县委常委、县纪委书记 (ck01) → also elected 县监委主任 (ck02). ck:汤启航 县纪委副书记 (ck01, 2021) → elected
  副县长 (ck04, 2024). ck:孟宪忠 县委常委 (ck01) → elected 副县长 (ck02).
- ck:宁国华 成武县委副书记 (ck05, Sept 2021) → elected 县政协主席 by 补选 (ck06, Jan 2024), when ck:范德亮, 县政协主席 in
  ck05, ``因年龄原因，不再担任县政协主席职务`` (ck06: named, no line). ck:孔祥宇 likewise ``不再担任县政协副主席`` (ck06).
- ck:韦绍宁, elected 平南县委常委 (ck08, Sept 2021), is the 桂平市委副书记、代市长 elected 桂平市长 in Jan 2023 (ck09): a
  county 常委 becomes the 市长 of a neighbouring county-level city of the same 贵港.
- two different 柳建峰: ck:柳建峰#1 elected 鹿邑县 副县长 (河南, ck07); ck:柳建峰#2 elected 绥滨县政协 副主席 (黑龙江,
  ck10). Same day of December 2021, same kind of session, unrelated places.
- one organ name in several places: ``县监察委员会主任`` is 谷城's (ck02), 鹿邑's (ck07), 萝北's (ck10), and ``市监察委员会
  主任`` 桂平's (ck09); ``县纪委`` is 谷城's (ck01), 成武's (ck05), 平南's (ck08); ``县人大常委会`` 谷城's, 成武's, 鹿邑's,
  萝北's; ``县政协`` 谷城's (ck01), 成武's (ck05, ck06), 绥滨's (ck10); ``市人大常委会`` is 襄阳市's in the 襄阳日报 (ck02)
  and 桂平市's (a county-level city) on the 桂平 site (ck09); ``市委组织部`` is 菏泽's in the 菏泽日报 (ck05).
- the editor ck:何晓薇 signs both 谷城 government-site pages (ck01, ck04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ab, ac, n, u and z where they speak; decided here where they are silent):
- Elections are holdings from the session's date (parts ab, u): ``邵红霞为谷城县第十九届人民代表大会常务委员会主任`` →
  谷城县人大常委会 主任 (the 届 is not part of the org); a list after one title gives every name that title (``…为副主任``
  after the 主任 clause → 人大常委会 副主任; ``…为副县长`` → 县政府); ``监察委员会主任`` → X县监委 主任; the court and the
  procuratorate as written after the place (ab): 谷城县人民法院 院长, 谷城县人民检察院 检察长 (although ``须报…批准``).
- DECIDED HERE (全委会): ``鲁汉章、聂卫东、…当选为县委常委`` gives every name 县委 常委, the elected 书记 and 副书记 included
  (they are in the list, and 常委 is a post of its own: one line per post per article); ``鲁汉章当选为县委书记`` → 县委 书记;
  ``…当选为县委副书记`` → 县委 副书记. The 名单 appendix (ck05) reads the same: ``书记：姚振江`` → 成武县委 书记, ``副书记：…``,
  ``常委：…（按姓氏笔画为序）`` → 成武县委 常委 for each name; under the 纪委 heading ``纪委书记：吕文涛`` → 成武县纪委 书记,
  ``纪委副书记：…`` → 成武县纪委 副书记.
- DECIDED HERE: the 纪委 一次全会 whose results the 县委全会 ``审议通过`` is not an event of the page (only its results are
  reported); its 书记 / 副书记 are holdings in the 全委会 article (``詹慧敏当选为县纪委书记`` → 谷城县纪委 书记;
  ``覃丽芬为县纪委书记`` → 平南县纪委 书记).
- 人大常委会 任免 (ck03, as ab): 决定任命 gives a holding; ``决定任命葛青松为谷城县人民政府副县长、代理县长`` → 谷城县政府
  副县长 and 谷城县政府 代理县长 (two titles, as written); 决定接受…辞去 and 决定免去 give none (聂卫东's 县长, 晏春来's 局长).
- The election of a 代县长 (ck04, ck09; as ab and n): ``县委副书记、代县长葛青松当选为谷城县人民政府县长`` gives 县委 副书记, 政府
  代县长 (held until the vote) and 政府 县长, all with that evidence; ``市委副书记、代市长韦绍宁当选为桂平市人民政府市长`` gives
  桂平市委 副书记, 桂平市政府 代市长 and 桂平市政府 市长. Headline repeats and ``新当选的县长…`` give no second line.
- 不再担任 (ck06) gives no line and ends nothing in the gold (part ac): 范德亮 and 孔祥宇 are named without a post there.
  ``补选宁国华为政协成武县第十届委员会主席`` → 成武县政协 主席 (政协X县第N届委员会 → X县政协).
- Session roles are not posts (ab): 大会主席团常务主席, 大会执行主席, the chair of the 宪法宣誓. 鲁汉章's, 贺运来's and 于庆江's
  县委书记 come from ``大会主席团常务主席、县委书记…``; 邵红霞's and 卢德光's 主任 from ``大会执行主席、…人大常委会主任…``.
- Bare organs: on a county's site or 人大 site = that county's (县委, 县人大常委会, 县人民政府, 县监察委员会); on the 桂平 site
  ``市委`` / ``市人大常委会`` / ``市监察委员会`` = 桂平市's (the county-level city), ``代市长`` / ``市长`` / ``副市长`` → 桂平市政府;
  in a city paper the bare 县 organs of an article about a named county are that county's (ck02 谷城, ck05 成武, ck08 平南,
  ck10 萝北 / 绥滨: ``荆海涛当选为县长`` → 萝北县政府 县长) and a bare 市 organ is the paper's city (``市人大常委会副主任廖承宏``
  in the 襄阳日报 → 襄阳市人大常委会 副主任; ``市委组织部副部长董立军`` in the 菏泽日报 → 菏泽市委组织部 副部长).
- Events: the 县委全会 is ``meeting (县委全会)`` (chair when 主持; 列席 / 到会指导 attendees; 讲话 / 表态发言 speakers); the
  人代会 闭幕大会 and 全体会议 are ``session (人民代表大会)``, the 人大常委会 会议 ``session (人大常委会会议)``, the 政协 闭幕大会
  ``session (政协会议)`` (DECIDED HERE: the 选举大会 held just before the 政协 闭幕大会 is part of that one event). As ab: the
  elected are not attendees of a 闭幕大会 unless named as present; those sworn in at a 全体会议 or 常委会 会议 are attendees,
  with the chair of the oath; 县委书记 ``在主席台就座`` is an attendee.
- Projects: works named as under way or to be pushed: …产业园 / …产业园二期 industrial_park; 老旧小区改造三期 housing_project;
  防洪 / 堤防 / 综合治理 works engineering_work; 生态修复 / 生态治理 works greening_project; 航道整治 infrastructure_project;
  老街保护提升工程 and 风景区提升改造项目 project.
- Places: one line per name per file, as written; county names inside org references (``中国共产党谷城县第十五届委员会``,
  ``谷城县人民政府``) count, short names standalone (``推动谷城…``) count. DECIDED HERE (as ab with 倭肯河桦南段): a county's
  short name inside a river section (``南河谷城段``, ``黑龙江绥滨段``) gives the river, not the county; ``黑龙江`` there is the
  river (kind river), not the province. Mastheads, site lines, 来源 lines, footers (addresses), 上一篇 / 下一篇 / 相关链接 and
  unnamed venues (县会议中心, 县委党校) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ck01_gucheng.txt": (2021, "发布时间：2021-09-28 09:12", "谷城县", [
        ("中共谷城县第十五届委员会第一次全体会议召开", "9月27日下午", "2021-09-27", "9月27日下午，中国共产党谷城县",
         "county site: 县委 一次全会 electing 常委 (list), 书记, 副书记; 纪委 一次全会 results (书记, 副书记) approved; 人大主任 and 政协主席 列席")]),
    "ck02_xiangyang.txt": (2021, "2021年12月21日　星期二", "谷城县", [
        ("谷城县第十九届人民代表大会第一次会议闭幕", "12月20日上午", "2021-12-20", "本报讯（记者 祝文辉 通讯员 黎秋月）",
         "city paper 第03版: county 人代会 一次会议 闭幕: 人大常委会主任 / 副主任, 县长 / 副县长, 监委主任, 法院院长, 检察长 elected; 市人大常委会副主任 到会指导")]),
    "ck03_gucheng.txt": (2023, "发布日期：2023-10-27", "谷城县", [
        ("县十九届人大常委会举行第十六次会议 决定葛青松为代理县长", "10月26日上午", "2023-10-26", "10月26日上午，县十九届",
         "县人大 site: 人大常委会 会议: 县长 (now 县委书记) resigns, 县委副书记 appointed 副县长、代理县长, 财政局局长 任命 / 免去; 宪法宣誓")]),
    "ck04_gucheng.txt": (2024, "发布时间：2024-01-12 08:40", "谷城县", [
        ("县十九届人大三次会议举行第三次全体会议 葛青松当选谷城县人民政府县长", "1月11日下午", "2024-01-11", "1月11日下午，谷城县",
         "county site: 人代会 第三次全体会议 补选: the 县委副书记、代县长 elected 县长, a 副县长 elected; 宪法宣誓")]),
    "ck05_chengwu.txt": (2021, "2021年9月30日　星期四", "成武县", [
        ("中共成武县第十五届委员会召开第一次全体会议", "9月29日下午", "2021-09-29", "本报讯（记者 阮思雨）",
         "city paper 第02版: 县委 一次全会 with the 名单 appendix (书记, 副书记, 常委; 纪委书记, 纪委副书记); 市委组织部副部长 到会指导")]),
    "ck06_chengwu.txt": (2024, "发布时间：2024-01-10 10:05", "成武县", [
        ("政协成武县第十届委员会第三次会议闭幕", "1月9日上午", "2024-01-09", "1月9日上午，政协成武县",
         "county site: 县政协 三次会议 闭幕: 补选 主席 (the former 县委副书记) and 副主席; 主席 and a 副主席 不再担任")]),
    "ck07_luyi.txt": (2021, "2021-12-22 17:36:08", "鹿邑县", [
        ("鹿邑县第十七届人民代表大会第一次会议胜利闭幕", "12月21日下午", "2021-12-21", "12月21日下午，鹿邑县",
         "县人大 site: 人代会 一次会议 闭幕 in 选举…为… sentences: 人大常委会主任 / 副主任, 县长 / 副县长 (柳建峰#1), 监委主任, 院长, 检察长")]),
    "ck08_pingnan.txt": (2021, "2021年9月24日　星期五", "平南县", [
        ("中共平南县第十五届委员会举行第一次全体会议", "9月23日", "2021-09-23", "本报讯（记者 覃秋霞 通讯员 韦小敏）",
         "city paper 第02版: 县委 一次全会 in one 选举…为县委常委，选举…为县委书记 sentence; 纪委 results")]),
    "ck09_guiping.txt": (2023, "发布时间：2023-01-09", "桂平市", [
        ("市十七届人大二次会议举行第三次全体会议 韦绍宁当选桂平市人民政府市长", "1月8日下午", "2023-01-08", "1月8日下午，桂平市",
         "county-level city site: 人代会 全体会议: the 市委副书记、代市长 elected 市长, a 副市长 and the 市监察委员会主任 elected; 宪法宣誓")]),
    "ck10_hegang.txt": (2021, "2021年12月30日　星期四", "鹤岗市", [
        ("萝北县第十八届人民代表大会第一次会议闭幕", "12月29日", "2021-12-29", "本报讯（记者 高艺璇）",
         "city paper 第03版, article 1: 萝北县 人代会 闭幕 (…当选为县长, 副县长, 人大常委会主任 / 副主任, 监委主任)"),
        ("政协绥滨县第十届委员会第一次会议闭幕", "12月29日", "2021-12-29", "本报讯（记者 程静怡 通讯员 黄俊杰）",
         "article 2: 绥滨县 政协 闭幕 (主席, 副主席 incl. 柳建峰#2, 秘书长); 县委书记 speaks")]),
}

_GC, _CW, _LY, _PN, _GP, _LB, _SB = "谷城县", "成武县", "鹿邑县", "平南县", "桂平市", "萝北县", "绥滨县"

_L01 = "鲁汉章、聂卫东、葛青松、詹慧敏、孟宪忠、邵红霞、石文斌、贾立波、柯立群当选为县委常委"
_D01 = "聂卫东、葛青松当选为县委副书记"
_J01 = "袁晓峰、汤启航当选为县纪委副书记"
_G01 = "县人大常委会主任江德培，县政协主席闵秀兰列席会议"
_VP02 = "程立山、吴春梅、谭国庆、向丽华为副主任"
_FX02 = "孟宪忠、罗承志、袁丽君、何振飞、庞小川为副县长"
_VP03 = "副主任程立山、吴春梅、谭国庆、向丽华出席会议"
_E04 = "县委副书记、代县长葛青松当选为谷城县人民政府县长"
_C05 = "常委：王学勤　宁国华　左春燕　田海波　吕文涛　孙兆坤　杜慧娟　姚振江　郝俊杰"
_D05 = "副书记：宁国华　左春燕"
_G05 = "县人大常委会主任蔡志成，县政协主席范德亮列席会议"
_G06 = "县委书记姚振江，县委副书记、县长左春燕，县人大常委会主任蔡志成应邀出席闭幕大会"
_VP07 = "闫红梅、徐新民、宋德胜、郭丽娜为县十七届人大常委会副主任"
_FX07 = "柳建峰、岳明亮、张书琴、魏海涛为县人民政府副县长"
_L08 = "选举莫志刚、黄剑锋、梁秋萍、覃丽芬、韦绍宁、蒙建业、陆海清、甘国强、潘雪梅为县委常委"
_D08 = "黄剑锋、梁秋萍为县委副书记"
_J08 = "钟建林、黎晓燕为县纪委副书记"
_E09 = "市委副书记、代市长韦绍宁当选为桂平市人民政府市长"
_VP10 = "姜丽华、鞠宝山、孙立伟当选为县人大常委会副主任"
_FX10 = "付长海、韩素芬、单立军当选为副县长"
_ZX10 = "柳建峰、金秀娟、车永利为副主席"


# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 谷城县 (湖北 襄阳)
    "ck:鲁汉章": ("鲁汉章", "official", _GC, [
        ("ck01", _GC + "委", "常委", _L01, "elected 2021-09 (全委会); DECIDED HERE: the 书记 in the 常委 list is 常委 too"),
        ("ck01", _GC + "委", "书记", "鲁汉章当选为县委书记", "elected 2021-09; 新当选的县委书记 repeats it"),
        ("ck02", _GC + "委", "书记", "大会主席团常务主席、县委书记鲁汉章主持闭幕大会", "2021-12; 大会主席团常务主席 is a session role")], []),
    "ck:聂卫东": ("聂卫东", "official", _GC, [
        ("ck01", _GC + "委", "常委", _L01, "elected 2021-09"),
        ("ck01", _GC + "委", "副书记", _D01, "elected 2021-09; repeated in 县委副书记、县长聂卫东 (no second line)"),
        ("ck01", _GC + "政府", "县长", "县委副书记、县长聂卫东在表态发言中表示", "2021-09 (identity case: 县委书记 in 2023, ck03)"),
        ("ck02", _GC + "政府", "县长", "选举聂卫东为谷城县人民政府县长", "re-elected 2021-12; headline repeats it"),
        ("ck03", _GC + "委", "书记", "县委书记聂卫东到会讲话", "2023-10: now 县委书记; his resignation as 县长 is accepted (辞去: no line)"),
        ("ck04", _GC + "委", "书记", "县委书记聂卫东和大会主席团常务主席", "2024-01")], []),
    "ck:葛青松": ("葛青松", "official", _GC, [
        ("ck01", _GC + "委", "常委", _L01, "elected 2021-09"),
        ("ck01", _GC + "委", "副书记", _D01, "elected 2021-09 (identity case: 代理县长 2023, 县长 2024)"),
        ("ck03", _GC + "政府", "副县长", "决定任命葛青松为谷城县人民政府副县长、代理县长", "appointed 2023-10 (决定任命)"),
        ("ck03", _GC + "政府", "代理县长", "决定任命葛青松为谷城县人民政府副县长、代理县长", "appointed 2023-10, as written; headline repeats it"),
        ("ck03", _GC + "委", "副书记", "县委副书记、代理县长葛青松和祁明远进行了宪法宣誓", "2023-10"),
        ("ck04", _GC + "委", "副书记", _E04, "2024-01"),
        ("ck04", _GC + "政府", "代县长", _E04, "held until the vote of the same sitting (parts ab, n)"),
        ("ck04", _GC + "政府", "县长", _E04, "elected 2024-01; headline and 新当选的县长 repeat it")], []),
    "ck:詹慧敏": ("詹慧敏", "official", _GC, [
        ("ck01", _GC + "委", "常委", _L01, "elected 2021-09"),
        ("ck01", _GC + "纪委", "书记", "詹慧敏当选为县纪委书记", "DECIDED HERE: the 纪委 一次全会 result approved by the 全委会 is a holding of this article"),
        ("ck02", _GC + "监委", "主任", "选举詹慧敏为谷城县监察委员会主任", "elected 2021-12; 监察委员会 → 监委")], []),
    "ck:孟宪忠": ("孟宪忠", "official", _GC, [
        ("ck01", _GC + "委", "常委", _L01, "elected 2021-09"),
        ("ck02", _GC + "政府", "副县长", _FX02, "elected 2021-12; list after one title")], []),
    "ck:邵红霞": ("邵红霞", "official", _GC, [
        ("ck01", _GC + "委", "常委", _L01, "elected 2021-09 (identity case: 人大常委会主任 from 2021-12)"),
        ("ck02", _GC + "人大常委会", "主任", "选举邵红霞为谷城县第十九届人民代表大会常务委员会主任", "elected 2021-12; 人民代表大会常务委员会 → 人大常委会, 届 dropped; headline repeats it"),
        ("ck03", _GC + "人大常委会", "主任", "县人大常委会主任邵红霞主持会议", "2023-10"),
        ("ck04", _GC + "人大常委会", "主任", "大会执行主席、县人大常委会主任邵红霞主持会议", "2024-01; 大会执行主席 is a session role")], []),
    "ck:石文斌": ("石文斌", "official", _GC, [("ck01", _GC + "委", "常委", _L01, "elected 2021-09")], []),
    "ck:贾立波": ("贾立波", "official", _GC, [("ck01", _GC + "委", "常委", _L01, "elected 2021-09")], []),
    "ck:柯立群": ("柯立群", "official", _GC, [("ck01", _GC + "委", "常委", _L01, "elected 2021-09")], []),
    "ck:袁晓峰": ("袁晓峰", "official", _GC, [("ck01", _GC + "纪委", "副书记", _J01, "elected (纪委 一次全会)")], []),
    "ck:汤启航": ("汤启航", "official", _GC, [
        ("ck01", _GC + "纪委", "副书记", _J01, "2021-09 (identity case: 副县长 in 2024, ck04)"),
        ("ck04", _GC + "政府", "副县长", "汤启航当选为谷城县人民政府副县长", "elected 2024-01 (补选)")], []),
    "ck:江德培": ("江德培", "official", _GC, [("ck01", _GC + "人大常委会", "主任", _G01, "2021-09, before the 换届 (邵红霞 elected 2021-12)")], []),
    "ck:闵秀兰": ("闵秀兰", "official", _GC, [("ck01", _GC + "政协", "主席", _G01, None)], []),
    "ck:何晓薇": ("何晓薇", "editor", _GC, [], ["ck01", "ck04"]),
    "ck:廖承宏": ("廖承宏", "official", "襄阳市", [
        ("ck02", "襄阳市人大常委会", "副主任", "市人大常委会副主任廖承宏到会指导", "bare 市 in the 襄阳日报 = 襄阳市")], []),
    "ck:程立山": ("程立山", "official", _GC, [
        ("ck02", _GC + "人大常委会", "副主任", _VP02, "elected 2021-12; 副主任 after the 主任 clause"),
        ("ck03", _GC + "人大常委会", "副主任", _VP03, "2023-10"),
        ("ck04", _GC + "人大常委会", "副主任", "宣誓仪式由县人大常委会副主任程立山主持", "2024-01; chairs the oath (a session role)")], []),
    "ck:吴春梅": ("吴春梅", "official", _GC, [
        ("ck02", _GC + "人大常委会", "副主任", _VP02, "elected 2021-12"),
        ("ck03", _GC + "人大常委会", "副主任", _VP03, "2023-10")], []),
    "ck:谭国庆": ("谭国庆", "official", _GC, [
        ("ck02", _GC + "人大常委会", "副主任", _VP02, "elected 2021-12"),
        ("ck03", _GC + "人大常委会", "副主任", _VP03, "2023-10")], []),
    "ck:向丽华": ("向丽华", "official", _GC, [
        ("ck02", _GC + "人大常委会", "副主任", _VP02, "elected 2021-12"),
        ("ck03", _GC + "人大常委会", "副主任", _VP03, "2023-10")], []),
    "ck:罗承志": ("罗承志", "official", _GC, [("ck02", _GC + "政府", "副县长", _FX02, "elected 2021-12")], []),
    "ck:袁丽君": ("袁丽君", "official", _GC, [("ck02", _GC + "政府", "副县长", _FX02, "elected 2021-12")], []),
    "ck:何振飞": ("何振飞", "official", _GC, [("ck02", _GC + "政府", "副县长", _FX02, "elected 2021-12")], []),
    "ck:庞小川": ("庞小川", "official", _GC, [("ck02", _GC + "政府", "副县长", _FX02, "elected 2021-12")], []),
    "ck:夏明哲": ("夏明哲", "official", _GC, [
        ("ck02", _GC + "人民法院", "院长", "选举夏明哲为谷城县人民法院院长", "the court as written after its place (ab)")], []),
    "ck:卢永川": ("卢永川", "official", _GC, [
        ("ck02", _GC + "人民检察院", "检察长", "选举卢永川为谷城县人民检察院检察长", "a holding although 须报…批准 (ab)")], []),
    "ck:祁明远": ("祁明远", "official", _GC, [
        ("ck03", _GC + "财政局", "局长", "决定任命祁明远为谷城县财政局局长", "appointed 2023-10 on the post 晏春来 leaves (免去)")], []),
    "ck:晏春来": ("晏春来", "official", _GC, [], ["ck03"]),  # 决定免去: no line
    # ---- 成武县 (山东 菏泽)
    "ck:董立军": ("董立军", "official", "菏泽市", [
        ("ck05", "菏泽市委组织部", "副部长", "市委组织部副部长董立军到会指导", "bare 市 in the 菏泽日报 = 菏泽市")], []),
    "ck:蔡志成": ("蔡志成", "official", _CW, [
        ("ck05", _CW + "人大常委会", "主任", _G05, "2021-09"),
        ("ck06", _CW + "人大常委会", "主任", _G06, "2024-01")], []),
    "ck:范德亮": ("范德亮", "official", _CW, [
        ("ck05", _CW + "政协", "主席", _G05, "2021-09 (identity case: 不再担任 in 2024, ck06: no line)")], ["ck06"]),
    "ck:姚振江": ("姚振江", "official", _CW, [
        ("ck05", _CW + "委", "书记", "书记：姚振江", "elected 2021-09 (名单 appendix); 新当选的县委书记 repeats it"),
        ("ck05", _CW + "委", "常委", _C05, "DECIDED HERE: the 名单's 常委 line gives every name 县委 常委"),
        ("ck06", _CW + "委", "书记", _G06, "2024-01")], []),
    "ck:宁国华": ("宁国华", "official", _CW, [
        ("ck05", _CW + "委", "副书记", _D05, "elected 2021-09 (identity case: 县政协主席 in 2024)"),
        ("ck05", _CW + "委", "常委", _C05, None),
        ("ck06", _CW + "政协", "主席", "补选宁国华为政协成武县第十届委员会主席", "elected (补选) 2024-01; 政协成武县第十届委员会 → 成武县政协; 新当选的县政协主席 repeats it")], []),
    "ck:左春燕": ("左春燕", "official", _CW, [
        ("ck05", _CW + "委", "副书记", _D05, "elected 2021-09"),
        ("ck05", _CW + "委", "常委", _C05, None),
        ("ck06", _CW + "委", "副书记", _G06, "2024-01"),
        ("ck06", _CW + "政府", "县长", _G06, "2024-01")], []),
    "ck:王学勤": ("王学勤", "official", _CW, [("ck05", _CW + "委", "常委", _C05, "elected 2021-09")], []),
    "ck:田海波": ("田海波", "official", _CW, [("ck05", _CW + "委", "常委", _C05, "elected 2021-09")], []),
    "ck:吕文涛": ("吕文涛", "official", _CW, [
        ("ck05", _CW + "委", "常委", _C05, "elected 2021-09"),
        ("ck05", _CW + "纪委", "书记", "纪委书记：吕文涛", "under the 纪委 名单 heading")], []),
    "ck:孙兆坤": ("孙兆坤", "official", _CW, [("ck05", _CW + "委", "常委", _C05, "elected 2021-09")], []),
    "ck:杜慧娟": ("杜慧娟", "official", _CW, [("ck05", _CW + "委", "常委", _C05, "elected 2021-09")], []),
    "ck:郝俊杰": ("郝俊杰", "official", _CW, [("ck05", _CW + "委", "常委", _C05, "elected 2021-09")], []),
    "ck:曹玉山": ("曹玉山", "official", _CW, [("ck05", _CW + "纪委", "副书记", "纪委副书记：曹玉山　柴红英", None)], []),
    "ck:柴红英": ("柴红英", "official", _CW, [("ck05", _CW + "纪委", "副书记", "纪委副书记：曹玉山　柴红英", None)], []),
    "ck:秦立民": ("秦立民", "official", _CW, [
        ("ck06", _CW + "政协", "副主席", "县政协副主席秦立民主持闭幕大会", None)], []),
    "ck:何秀云": ("何秀云", "official", _CW, [
        ("ck06", _CW + "政协", "副主席", "补选何秀云为政协成武县第十届委员会副主席", "elected (补选) 2024-01")], []),
    "ck:孔祥宇": ("孔祥宇", "official", _CW, [], ["ck06"]),  # 不再担任县政协副主席: no line
    # ---- 鹿邑县 (河南 周口)
    "ck:贺运来": ("贺运来", "official", _LY, [
        ("ck07", _LY + "委", "书记", "大会主席团常务主席、县委书记贺运来主持闭幕大会", None)], []),
    "ck:栗志强": ("栗志强", "official", _LY, [
        ("ck07", _LY + "人大常委会", "主任", "选举栗志强为县十七届人大常委会主任", "elected 2021-12; 县十七届 dropped")], []),
    "ck:闫红梅": ("闫红梅", "official", _LY, [("ck07", _LY + "人大常委会", "副主任", _VP07, "elected")], []),
    "ck:徐新民": ("徐新民", "official", _LY, [("ck07", _LY + "人大常委会", "副主任", _VP07, "elected")], []),
    "ck:宋德胜": ("宋德胜", "official", _LY, [("ck07", _LY + "人大常委会", "副主任", _VP07, "elected")], []),
    "ck:郭丽娜": ("郭丽娜", "official", _LY, [("ck07", _LY + "人大常委会", "副主任", _VP07, "elected")], []),
    "ck:曹俊峰": ("曹俊峰", "official", _LY, [
        ("ck07", _LY + "政府", "县长", "选举曹俊峰为县人民政府县长", "elected 2021-12; 新当选的县长 repeats it")], []),
    "ck:柳建峰#1": ("柳建峰", "official", _LY, [
        ("ck07", _LY + "政府", "副县长", _FX07, "鹿邑县 (河南); not the 柳建峰 of 绥滨县政协 (黑龙江, ck10)")], []),
    "ck:岳明亮": ("岳明亮", "official", _LY, [("ck07", _LY + "政府", "副县长", _FX07, "elected")], []),
    "ck:张书琴": ("张书琴", "official", _LY, [("ck07", _LY + "政府", "副县长", _FX07, "elected")], []),
    "ck:魏海涛": ("魏海涛", "official", _LY, [("ck07", _LY + "政府", "副县长", _FX07, "elected")], []),
    "ck:蒋卫国": ("蒋卫国", "official", _LY, [
        ("ck07", _LY + "监委", "主任", "选举蒋卫国为县监察委员会主任", "bare 县监察委员会 on the 鹿邑 人大 site")], []),
    "ck:常建新": ("常建新", "official", _LY, [
        ("ck07", _LY + "人民法院", "院长", "选举常建新为县人民法院院长", None)], []),
    "ck:褚立平": ("褚立平", "official", _LY, [
        ("ck07", _LY + "人民检察院", "检察长", "选举褚立平为县人民检察院检察长", None)], []),
    # ---- 平南县 / 桂平市 (广西 贵港)
    "ck:莫志刚": ("莫志刚", "official", _PN, [
        ("ck08", _PN + "委", "常委", _L08, "elected 2021-09"),
        ("ck08", _PN + "委", "书记", "选举莫志刚为县委书记", "elected; headline and 新当选的县委书记 repeat it")], []),
    "ck:黄剑锋": ("黄剑锋", "official", _PN, [
        ("ck08", _PN + "委", "常委", _L08, "elected 2021-09"),
        ("ck08", _PN + "委", "副书记", _D08, "elected"),
        ("ck08", _PN + "政府", "县长", "县委副书记、县长黄剑锋作表态发言", None)], []),
    "ck:梁秋萍": ("梁秋萍", "official", _PN, [
        ("ck08", _PN + "委", "常委", _L08, "elected 2021-09"),
        ("ck08", _PN + "委", "副书记", _D08, "elected")], []),
    "ck:覃丽芬": ("覃丽芬", "official", _PN, [
        ("ck08", _PN + "委", "常委", _L08, "elected 2021-09"),
        ("ck08", _PN + "纪委", "书记", "覃丽芬为县纪委书记", "纪委 一次全会 result approved by the 全委会")], []),
    "ck:韦绍宁": ("韦绍宁", "official", _GP, [
        ("ck08", _PN + "委", "常委", _L08, "2021-09: 平南县委常委 (identity case: 桂平市长 in 2023, ck09)"),
        ("ck09", _GP + "委", "副书记", _E09, "2023-01: bare 市委 on the 桂平 site = 桂平市 (county-level city)"),
        ("ck09", _GP + "政府", "代市长", _E09, "held until the vote of the same sitting"),
        ("ck09", _GP + "政府", "市长", _E09, "elected 2023-01; headline and 新当选的市长 repeat it")], []),
    "ck:蒙建业": ("蒙建业", "official", _PN, [("ck08", _PN + "委", "常委", _L08, "elected 2021-09")], []),
    "ck:陆海清": ("陆海清", "official", _PN, [("ck08", _PN + "委", "常委", _L08, "elected 2021-09")], []),
    "ck:甘国强": ("甘国强", "official", _PN, [("ck08", _PN + "委", "常委", _L08, "elected 2021-09")], []),
    "ck:潘雪梅": ("潘雪梅", "official", _PN, [("ck08", _PN + "委", "常委", _L08, "elected 2021-09")], []),
    "ck:钟建林": ("钟建林", "official", _PN, [("ck08", _PN + "纪委", "副书记", _J08, None)], []),
    "ck:黎晓燕": ("黎晓燕", "official", _PN, [("ck08", _PN + "纪委", "副书记", _J08, None)], []),
    "ck:卢德光": ("卢德光", "official", _GP, [
        ("ck09", _GP + "人大常委会", "主任", "大会执行主席、市人大常委会主任卢德光主持会议", "大会执行主席 is a session role")], []),
    "ck:陈昌海": ("陈昌海", "official", _GP, [
        ("ck09", _GP + "委", "书记", "市委书记陈昌海和大会主席团常务主席在主席台前排就座", "桂平市委 (county-level city)")], []),
    "ck:邓秀岚": ("邓秀岚", "official", _GP, [
        ("ck09", _GP + "政府", "副市长", "邓秀岚当选为桂平市人民政府副市长", "elected 2023-01")], []),
    "ck:庞志勇": ("庞志勇", "official", _GP, [
        ("ck09", _GP + "监委", "主任", "庞志勇当选为桂平市监察委员会主任", "elected 2023-01; repeated as 市监察委员会主任 at the oath")], []),
    # ---- 萝北县 / 绥滨县 (黑龙江 鹤岗)
    "ck:于庆江": ("于庆江", "official", _LB, [
        ("ck10", _LB + "委", "书记", "大会主席团常务主席、县委书记于庆江主持闭幕大会", None)], []),
    "ck:隋长林": ("隋长林", "official", _LB, [
        ("ck10", _LB + "人大常委会", "主任", "隋长林当选为县人大常委会主任", "elected 2021-12")], []),
    "ck:姜丽华": ("姜丽华", "official", _LB, [("ck10", _LB + "人大常委会", "副主任", _VP10, "elected")], []),
    "ck:鞠宝山": ("鞠宝山", "official", _LB, [("ck10", _LB + "人大常委会", "副主任", _VP10, "elected")], []),
    "ck:孙立伟": ("孙立伟", "official", _LB, [("ck10", _LB + "人大常委会", "副主任", _VP10, "elected")], []),
    "ck:荆海涛": ("荆海涛", "official", _LB, [
        ("ck10", _LB + "政府", "县长", "荆海涛当选为县长", "elected 2021-12; bare 县长 in the 萝北 article of the 鹤岗日报")], []),
    "ck:付长海": ("付长海", "official", _LB, [("ck10", _LB + "政府", "副县长", _FX10, "elected")], []),
    "ck:韩素芬": ("韩素芬", "official", _LB, [("ck10", _LB + "政府", "副县长", _FX10, "elected")], []),
    "ck:单立军": ("单立军", "official", _LB, [("ck10", _LB + "政府", "副县长", _FX10, "elected")], []),
    "ck:佟文杰": ("佟文杰", "official", _LB, [
        ("ck10", _LB + "监委", "主任", "佟文杰当选为县监察委员会主任", "elected 2021-12")], []),
    "ck:冷志军": ("冷志军", "official", _SB, [
        ("ck10", _SB + "委", "书记", "县委书记冷志军出席闭幕大会并讲话", "bare 县委 in the 绥滨 article")], []),
    "ck:盛玉坤": ("盛玉坤", "official", _SB, [
        ("ck10", _SB + "政协", "主席", "大会选举盛玉坤为政协绥滨县第十届委员会主席", "elected 2021-12; 新当选的县政协主席 repeats it")], []),
    "ck:柳建峰#2": ("柳建峰", "official", _SB, [
        ("ck10", _SB + "政协", "副主席", _ZX10, "绥滨县 (黑龙江); not the 柳建峰 of 鹿邑县 (河南, ck07)")], []),
    "ck:金秀娟": ("金秀娟", "official", _SB, [("ck10", _SB + "政协", "副主席", _ZX10, "elected")], []),
    "ck:车永利": ("车永利", "official", _SB, [("ck10", _SB + "政协", "副主席", _ZX10, "elected")], []),
    "ck:邰德林": ("邰德林", "official", _SB, [
        ("ck10", _SB + "政协", "秘书长", "邰德林为秘书长", "elected; the 政协's 秘书长 is a post (ab)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ck01", "何晓薇", "责任编辑", "editor", "责任编辑：何晓薇"),
    ("ck02", "祝文辉", "记者", "reporter", "本报讯（记者 祝文辉 通讯员 黎秋月）"),
    ("ck02", "黎秋月", "通讯员", "correspondent", "本报讯（记者 祝文辉 通讯员 黎秋月）"),
    ("ck02", "魏晨曦", "本版编辑", "editor", "本版编辑：魏晨曦"),
    ("ck02", "郑可欣", "校对", "editor", "校对：郑可欣"),
    ("ck03", "冉学峰", "作者", "author", "作者：冉学峰"),
    ("ck03", "唐雨萌", "责任编辑", "editor", "责任编辑：唐雨萌"),
    ("ck04", "何晓薇", "责任编辑", "editor", "责任编辑：何晓薇"),
    ("ck05", "阮思雨", "记者", "reporter", "本报讯（记者 阮思雨）"),
    ("ck05", "崔晓宇", "本版编辑", "editor", "本版编辑：崔晓宇"),
    ("ck05", "文静雯", "版式", "editor", "版式：文静雯"),
    ("ck07", "孔令双", "作者", "author", "作者：孔令双"),
    ("ck07", "易文静", "责任编辑", "editor", "（责任编辑：易文静）"),
    ("ck08", "覃秋霞", "记者", "reporter", "本报讯（记者 覃秋霞 通讯员 韦小敏）"),
    ("ck08", "韦小敏", "通讯员", "correspondent", "本报讯（记者 覃秋霞 通讯员 韦小敏）"),
    ("ck08", "梁嘉仪", "本版编辑", "editor", "本版编辑：梁嘉仪"),
    ("ck08", "邢雨欣", "校对", "editor", "校对：邢雨欣"),
    ("ck09", "马悦宁", "责任编辑", "editor", "责任编辑：马悦宁"),
    ("ck10", "高艺璇", "记者", "reporter", "本报讯（记者 高艺璇）"),
    ("ck10", "程静怡", "记者", "reporter", "本报讯（记者 程静怡 通讯员 黄俊杰）"),
    ("ck10", "黄俊杰", "通讯员", "correspondent", "本报讯（记者 程静怡 通讯员 黄俊杰）"),
    ("ck10", "殷浩然", "本版编辑", "editor", "本版编辑：殷浩然"),
    ("ck10", "邵可心", "校对", "editor", "校对：邵可心"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ck01", "中共谷城县第十五届委员会第一次全体会议", "meeting (县委全会)", "9月27日下午", "鲁汉章", None, [],
     ["江德培", "闵秀兰"], ["鲁汉章", "聂卫东"], "县会议中心",
     "9月27日下午，中国共产党谷城县第十五届委员会第一次全体会议在县会议中心召开",
     ["全会由鲁汉章主持", "新当选的县委书记鲁汉章在讲话中", "县委副书记、县长聂卫东在表态发言中表示", _G01]),
    ("ck02", "谷城县第十九届人民代表大会第一次会议闭幕大会", "session (人民代表大会)", "12月20日上午", "鲁汉章", None, [],
     ["廖承宏"], ["鲁汉章"], "县会议中心",
     "12月20日上午，谷城县第十九届人民代表大会第一次会议在县会议中心圆满完成各项议程后闭幕",
     ["大会主席团常务主席、县委书记鲁汉章主持闭幕大会", "市人大常委会副主任廖承宏到会指导", "鲁汉章在讲话中指出"]),
    ("ck03", "县十九届人大常委会第十六次会议", "session (人大常委会会议)", "10月26日上午", "邵红霞", None, [],
     ["程立山", "吴春梅", "谭国庆", "向丽华", "聂卫东", "葛青松", "祁明远"], ["葛青松", "聂卫东"], None,
     "10月26日上午，县十九届人大常委会举行第十六次会议",
     ["县人大常委会主任邵红霞主持会议", _VP03, "县委书记聂卫东到会讲话", "县委副书记、代理县长葛青松和祁明远进行了宪法宣誓",
      "葛青松在表态发言中表示", "聂卫东在讲话中指出"]),
    ("ck04", "谷城县第十九届人民代表大会第三次会议第三次全体会议", "session (人民代表大会)", "1月11日下午", "邵红霞", None, [],
     ["聂卫东", "葛青松", "汤启航", "程立山"], ["葛青松", "聂卫东"], "县会议中心",
     "1月11日下午，谷城县第十九届人民代表大会第三次会议在县会议中心举行第三次全体会议",
     ["大会执行主席、县人大常委会主任邵红霞主持会议", "县委书记聂卫东和大会主席团常务主席、执行主席在主席台就座",
      "新当选的县长葛青松、副县长汤启航进行了宪法宣誓", "宣誓仪式由县人大常委会副主任程立山主持", "葛青松在发言中表示",
      "聂卫东代表县委对葛青松、汤启航当选表示祝贺"]),
    ("ck05", "中共成武县第十五届委员会第一次全体会议", "meeting (县委全会)", "9月29日下午", "姚振江", None, [],
     ["董立军", "蔡志成", "范德亮"], ["姚振江"], None,
     "9月29日下午，中共成武县第十五届委员会第一次全体会议召开",
     ["市委组织部副部长董立军到会指导", _G05, "新当选的县委书记姚振江主持会议并讲话"]),
    ("ck06", "政协成武县第十届委员会第三次会议闭幕大会", "session (政协会议)", "1月9日上午", "秦立民", None, [],
     ["姚振江", "左春燕", "蔡志成"], ["宁国华", "姚振江"], "县会议中心",
     "1月9日上午，政协成武县第十届委员会第三次会议在县会议中心圆满完成各项议程后闭幕",
     [_G06, "县政协副主席秦立民主持闭幕大会", "新当选的县政协主席宁国华在闭幕大会上讲话", "姚振江在讲话中代表县委"]),
    ("ck07", "鹿邑县第十七届人民代表大会第一次会议闭幕大会", "session (人民代表大会)", "12月21日下午", "贺运来", None, [],
     [], ["曹俊峰", "贺运来"], "县人民会堂",
     "12月21日下午，鹿邑县第十七届人民代表大会第一次会议在县人民会堂圆满完成各项议程后胜利闭幕",
     ["大会主席团常务主席、县委书记贺运来主持闭幕大会", "新当选的县长曹俊峰代表新一届县政府作表态发言", "贺运来在讲话中强调"]),
    ("ck08", "中共平南县第十五届委员会第一次全体会议", "meeting (县委全会)", "9月23日", "莫志刚", None, [],
     [], ["莫志刚", "黄剑锋"], "县委党校",
     "9月23日，中国共产党平南县第十五届委员会第一次全体会议在县委党校召开",
     ["新当选的县委书记莫志刚主持全会并讲话", "县委副书记、县长黄剑锋作表态发言"]),
    ("ck09", "桂平市第十七届人民代表大会第二次会议第三次全体会议", "session (人民代表大会)", "1月8日下午", "卢德光", None, [],
     ["陈昌海", "韦绍宁", "邓秀岚", "庞志勇"], ["韦绍宁", "陈昌海"], "市会议中心",
     "1月8日下午，桂平市第十七届人民代表大会第二次会议在市会议中心举行第三次全体会议",
     ["大会执行主席、市人大常委会主任卢德光主持会议", "市委书记陈昌海和大会主席团常务主席在主席台前排就座",
      "新当选的市长韦绍宁、副市长邓秀岚、市监察委员会主任庞志勇进行了宪法宣誓", "韦绍宁在发言中表示",
      "陈昌海代表市委向韦绍宁、邓秀岚、庞志勇当选表示祝贺"]),
    ("ck10", "萝北县第十八届人民代表大会第一次会议闭幕大会", "session (人民代表大会)", "12月29日", "于庆江", None, [],
     [], ["于庆江"], None,
     "12月29日，萝北县第十八届人民代表大会第一次会议完成各项议程后闭幕",
     ["大会主席团常务主席、县委书记于庆江主持闭幕大会", "于庆江在讲话中指出"]),
    ("ck10", "政协绥滨县第十届委员会第一次会议闭幕大会", "session (政协会议)", "12月29日", None, None, [],
     ["冷志军"], ["盛玉坤", "冷志军"], None,
     "12月29日，政协绥滨县第十届委员会第一次会议完成各项议程后闭幕",
     ["县委书记冷志军出席闭幕大会并讲话", "新当选的县政协主席盛玉坤在讲话中表示", "冷志军希望"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ck01", "汉江谷城段生态修复工程", "greening_project", "紧盯汉江谷城段生态修复工程"),
    ("ck01", "谷城经济开发区汽车零部件产业园二期", "industrial_park", "谷城经济开发区汽车零部件产业园二期和石花镇"),
    ("ck01", "石花镇老街保护提升工程", "project", "石花镇老街保护提升工程等重点项目"),
    ("ck02", "城区老旧小区改造三期", "housing_project", "其中包括城区老旧小区改造三期"),
    ("ck02", "南河谷城段防洪治理工程", "engineering_work", "南河谷城段防洪治理工程。"),
    ("ck03", "谷城经济开发区汽车零部件产业园二期", "industrial_park", "扭住谷城经济开发区汽车零部件产业园二期"),
    ("ck03", "南河谷城段防洪治理工程", "engineering_work", "南河谷城段防洪治理工程等重点项目"),
    ("ck04", "汉江谷城段生态修复工程", "greening_project", "聚焦汉江谷城段生态修复工程"),
    ("ck04", "城区老旧小区改造三期", "housing_project", "城区老旧小区改造三期等重点工作"),
    ("ck05", "成武经济开发区高端化工产业园", "industrial_park", "抓好成武经济开发区高端化工产业园"),
    ("ck05", "东鱼河成武段综合治理工程", "engineering_work", "东鱼河成武段综合治理工程等重点项目"),
    ("ck06", "东鱼河成武段综合治理工程", "engineering_work", "围绕东鱼河成武段综合治理工程"),
    ("ck06", "成武经济开发区高端化工产业园", "industrial_park", "成武经济开发区高端化工产业园建设"),
    ("ck07", "鹿邑县化妆刷产业园二期", "industrial_park", "把鹿邑县化妆刷产业园二期"),
    ("ck07", "涡河鹿邑段生态治理工程", "greening_project", "涡河鹿邑段生态治理工程列入2022年重点民生工程"),
    ("ck08", "平南县新能源电动车产业园二期", "industrial_park", "加快平南县新能源电动车产业园二期"),
    ("ck08", "浔江平南段防洪堤加固工程", "engineering_work", "浔江平南段防洪堤加固工程建设"),
    ("ck09", "桂平西山风景区提升改造项目", "project", "全力推进桂平西山风景区提升改造项目"),
    ("ck09", "浔江桂平段航道整治工程", "infrastructure_project", "浔江桂平段航道整治工程"),
    ("ck10", "萝北县石墨产业园二期", "industrial_park", "依托名山口岸和萝北县石墨产业园二期"),
    ("ck10", "黑龙江绥滨段堤防达标工程", "engineering_work", "围绕黑龙江绥滨段堤防达标工程"),
    ("ck10", "绥滨县现代农业产业园", "industrial_park", "绥滨县现代农业产业园建设建言资政"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ck01", "谷城县", "county", "in_org_reference", "中国共产党谷城县第十五届委员会第一次全体会议在县会议中心召开"),
    ("ck01", "汉江", "river", "in_project_name", "紧盯汉江谷城段生态修复工程"),
    ("ck01", "谷城经济开发区", "development_zone", "in_project_name", "谷城经济开发区汽车零部件产业园二期和石花镇"),
    ("ck01", "石花镇", "town", "in_project_name", "石花镇老街保护提升工程等重点项目"),
    ("ck01", "谷城", "county", "standalone", "推动谷城在全市争先进位"),
    ("ck02", "谷城县", "county", "in_org_reference", "谷城县第十九届人民代表大会第一次会议在县会议中心"),
    ("ck02", "襄阳市", "city", "in_org_reference", "须报经襄阳市人民检察院检察长提请襄阳市人大常委会批准"),
    ("ck02", "南河", "river", "in_project_name", "南河谷城段防洪治理工程。"),
    ("ck03", "谷城县", "county", "in_org_reference", "决定接受聂卫东辞去谷城县人民政府县长职务的请求"),
    ("ck03", "谷城经济开发区", "development_zone", "in_project_name", "扭住谷城经济开发区汽车零部件产业园二期"),
    ("ck03", "南河", "river", "in_project_name", "南河谷城段防洪治理工程等重点项目"),
    ("ck04", "谷城县", "county", "in_org_reference", "谷城县第十九届人民代表大会第三次会议在县会议中心"),
    ("ck04", "汉江", "river", "in_project_name", "聚焦汉江谷城段生态修复工程"),
    ("ck04", "谷城", "county", "standalone", "奋力推动谷城高质量发展"),
    ("ck05", "成武县", "county", "in_org_reference", "9月29日下午，中共成武县第十五届委员会第一次全体会议召开"),
    ("ck05", "成武经济开发区", "development_zone", "in_project_name", "抓好成武经济开发区高端化工产业园"),
    ("ck05", "东鱼河", "river", "in_project_name", "东鱼河成武段综合治理工程等重点项目"),
    ("ck06", "成武县", "county", "in_org_reference", "政协成武县第十届委员会第三次会议在县会议中心"),
    ("ck06", "东鱼河", "river", "in_project_name", "围绕东鱼河成武段综合治理工程"),
    ("ck06", "成武经济开发区", "development_zone", "in_project_name", "成武经济开发区高端化工产业园建设"),
    ("ck07", "鹿邑县", "county", "in_org_reference", "鹿邑县第十七届人民代表大会第一次会议在县人民会堂"),
    ("ck07", "涡河", "river", "in_project_name", "涡河鹿邑段生态治理工程列入2022年重点民生工程"),
    ("ck07", "鹿邑", "county", "standalone", "为鹿邑高质量发展作出新的贡献"),
    ("ck08", "平南县", "county", "in_org_reference", "中国共产党平南县第十五届委员会第一次全体会议在县委党校召开"),
    ("ck08", "浔江", "river", "in_project_name", "浔江平南段防洪堤加固工程建设"),
    ("ck08", "平南", "county", "standalone", "推动平南经济社会高质量发展"),
    ("ck09", "桂平市", "county_level_city", "in_org_reference", "桂平市第十七届人民代表大会第二次会议在市会议中心"),
    ("ck09", "桂平", "county_level_city", "standalone", "加快建设现代化桂平"),
    ("ck09", "西山风景区", "scenic_area", "in_project_name", "全力推进桂平西山风景区提升改造项目"),
    ("ck09", "浔江", "river", "in_project_name", "浔江桂平段航道整治工程"),
    ("ck10", "萝北县", "county", "in_org_reference", "萝北县第十八届人民代表大会第一次会议完成各项议程后闭幕"),
    ("ck10", "名山口岸", "port", "standalone", "依托名山口岸和萝北县石墨产业园二期"),
    ("ck10", "萝北", "county", "standalone", "奋力开创萝北全面振兴新局面"),
    ("ck10", "绥滨县", "county", "in_org_reference", "政协绥滨县第十届委员会第一次会议完成各项议程后闭幕"),
    ("ck10", "黑龙江", "river", "in_project_name", "围绕黑龙江绥滨段堤防达标工程"),
    ("ck10", "绥滨", "county", "standalone", "在推动绥滨高质量发展中贡献智慧和力量"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ck", conventions="set ck (blind set: election and appointment outcomes in 湖北 (襄阳 谷城县 four times: 县委全会, 人代会 闭幕, 人大常委会 任免 of a 代理县长, 人代会 补选 of the 县长), 山东 (菏泽 成武县: 全委会 with a 名单 appendix, 政协 补选 with 不再担任), 河南 (周口 鹿邑县 人代会), 广西 (贵港 平南县 全委会, 桂平市 人代会 electing the 代市长 市长) and 黑龙江 (鹤岗 萝北县 人代会, 绥滨县 政协): an election or 决定任命 is a holding from the session's date; the 常委 list of a 全委会 gives every name 县委 常委, 书记 and 副书记 included; 纪委 一次全会 results approved by the 全委会 are holdings; 代县长 elected 县长 gives 副书记, 代县长 and 县长; 辞去, 免去, 不再担任 give no line; session roles are no posts; one line per post per article)",
          persons_note="Set ck persons. id = corpus-wide person_id (ck:柳建峰#1 of 鹿邑县 (河南, 副县长) and ck:柳建峰#2 of 绥滨县 (黑龙江, 政协副主席) are two people; ck:葛青松 谷城县委副书记 2021 → 代理县长 2023 → 县长 2024; ck:聂卫东 谷城县长 2021 → 县委书记 2023; ck:邵红霞 县委常委 → 县人大常委会主任 2021; ck:汤启航 县纪委副书记 2021 → 副县长 2024; ck:宁国华 成武县委副书记 2021 → 县政协主席 2024 (ck:范德亮 不再担任); ck:韦绍宁 平南县委常委 2021 → 桂平市长 2023)")


if __name__ == "__main__":
    main()
