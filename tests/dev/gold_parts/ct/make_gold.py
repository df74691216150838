"""Write gold part ``ct`` (a blind set: county and city TV / 融媒体 video news pages with their transcripts) from the tables
below.

Pages ``tests/dev/texts/ct*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: a 海南 蓝网 (广播电视总台) 两会 feature written as a transcript
(``现场声：`` blocks, ``同期声 刘赐贵`` and ``同期声：海南省广播电视总台 青少频道《科教一线》 小记者 杨艺涵`` — a title chain
before the name —, the closing ``（视频编辑：… 文字编辑：…）``); the 普定 县融媒体中心 记者节 page (``县融媒体中心记者：…``,
``编 辑： / 一 审： / 二 审： / 三 审： / 总监制：``); the 襄城 融媒 page (``记 者 | … 视 觉 | …``); the 长城网 ``百姓看联播``
page (interview lines ``光明日报全媒体记者张进进：“…”`` — organ and role before the name —, ``文 案： 摄 像： 后 期： 海 报：
责任编辑：``); the 清流新闻网 page of the 县融媒体中心 (``当前位置:首页 > 清流新闻网 > 清流新闻 >``, ``来源:县融媒体中心
责任编辑:``, footer ``主管单位:清流县融媒体中心 … 闽ICP备… 闽互联网新闻信息服务备案``); the 武平县融媒体中心 ``项目攻坚在行动``
page (a speaker line ``武平县融媒体中心记者 李 玥`` above the reporter's own words, as an on-camera 出镜); the 三亚广播电视台
page (``攝影： 編輯： 審核： 責任編輯：``); the 慈利新闻网 page (``【记者 管巧琳】``, ``来源： 作者： 编辑：``, ``字号：``); the
梧州零距离网 page (``您的位置:梧州零距離網>> 聚焦梧州 >>正文``, ``首頁 綜合 時事 直播 …`` navigation); the 德州 陵城区 page
(``□记者…报道 德州新闻网讯``, a ``三级调研员`` in a chain); the 寿宁 and 石棉 pages of leaders at their 融媒体中心 / 电视台
(``县委常委、宣传部部长…陪同``); the 浦北 新闻发布会 page (``县委副书记、县长…，县委常委、常务副县长…``). No real page of the
``【导语】 / 【正文】 / 【同期声】`` web shape was found in the store; that shape follows the TV manuscript layout the code corpus
shows (``【导语】【正文】【同期声】`` blocks, ``【同期声】姓名 职位：原话``, ``【现场口导】``, ``contentDuration 00:00:05``). Places are
real and new to the corpus as counties: 河北 邢台 (宁晋县 twice, the 邢台 city station), 山东 临沂 (蒙阴县, 莒南县), 四川 达州
(渠县, 开江县, the 达州日报), 广西 玉林 (陆川县), 湖北 孝感 (孝昌县).

Shapes: a county 融媒体 site's video page of a 观摩 (``▶ 播放 00:00 / 03:18 视频时长：03:18``, 【导语】/【正文】/【同期声】,
``【出镜】记者 …：``, ``（记者 … … 报道）``, 分享 and 相关视频) (ct01); the city station's video page of the 副市长's 调研 in
宁晋 (【解说】 blocks, ``上一条 / 下一条``, a 视听节目许可证 footer) (ct02) and the 宁晋 government site's text page of the
same 调研 (ct03); a 蒙阴 video page with a 果农's soundbite, a label-only 局长, 摄像 / 编辑 / 审核 credits (ct04); a 莒南 video page
(ct05); a 渠县 video page of a meeting with plain ``导语： / 解说： / 同期：`` markers and labels ``渠县县委书记 向荣华`` (ct06);
a 开江 video page whose labels put the name first (``熊开云　县水务局局长`` on its own line, the quote below) and an
``记者 陈佳琪 出镜：`` line (ct07) and the 达州日报 第03版 text of the same 检查 with a second 渠县 item (ct08); a 陆川 video
page with a company manager's soundbite and a ``（陆川台记者 … 报道）`` byline (ct09); a 孝昌 video page with a 种粮大户 and a
label-only 局长 (ct10).

Identity cases:
- ct:郜立平: 宁晋县委书记 in April 2022 (ct01) → 邢台市 副市长 in June 2024, back in 宁晋 on a 调研 (ct02, ct03).
- ct:贾卫峰: 宁晋县长 in April 2022 (ct01: 县长 in the narration, 县委副书记、县长 in his 同期声 label) → 宁晋县委书记 in
  June 2024 (ct02, ct03).
- ct:鞠晓川 moves county: 蒙阴县委副书记、县长 in Sept 2022 (ct04) → 莒南县委书记 in March 2024 (ct05).
- ct:蒲国栋 moves county: 渠县委常委、常务副县长 in July 2021 (ct06) → 开江县委副书记、县长 in June 2023 (ct07, ct08).
- two different 梁建华 in unrelated places: ct:梁建华#1 is 陆川县乌石镇党委书记 (广西, ct09, 2023); ct:梁建华#2 is 孝昌县农业
  农村局局长 (湖北, ct10, 2025), his post only in a 同期声 label.
- one organ name in two places: ``经济开发区党工委书记`` after ``县委常委、`` is 宁晋's zone on ct01 / ct02 / ct03 and 莒南's on ct05;
  ``县农业农村局局长`` is 蒙阴's (ct04) and 孝昌's (ct10).
- the same officials across pages: ct:史宏图 and ct:牛建波 (宁晋, 2022 and 2024), ct:冉伯涛 (渠县长, 2021 and 2023), ct:谭明远 and
  ct:熊开云 (开江, the TV page and the paper of one day).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as in parts bp, bq, bs, cg where they speak; decided here where they are silent):
- DECIDED HERE: a 同期声 speaker label that names a title (``【同期声】县委书记 郜立平``, ``同期：渠县县委书记 向荣华``, the
  name-first ``熊开云　县水务局局长``) gives the post, as bp's titled speaker label does; one line per post per article, so a
  label that repeats the narration's post gives no second line (evidence: the narration, which comes first), and a label
  gives the lines the narration leaves out: the title the narration drops (ct01 ``县长贾卫峰`` in the narration,
  ``【同期声】宁晋县委副书记、县长 贾卫峰`` → 宁晋县委 副书记 from the label) or the whole post of a person the narration does
  not name (耿书宁, 史宏图 on ct02, 庞立杰, 杜明浩, 熊开云 on ct07, 梁建华#2). A bare organ in a label takes the page's place
  (``县发展和改革局局长`` on the 宁晋 site → 宁晋县发展和改革局). Labels of 果农 / 种粮大户 and of company managers
  (``…有限公司总经理``) give no post; the reporter's ``【出镜】`` gives none.
- DECIDED HERE: the TV report (the video, the broadcast, the 出镜) is not an event; the event it reports is (the 观摩, the
  调研 / 检查 / 督导, the 推进会), one row per page that reports it, so the 调研 of ct02 and ct03 and the 检查 of ct07 and ct08
  are each a row of their own page. A 同期声 is the speaker's reported remark: every named 同期声 speaker but the reporter is a
  speaker of the event the report covers (officials, the company manager, the 果农); he is an attendee only when the
  narration places him (陪同 / 参加 / 出席).
- DECIDED HERE: the 出镜 reporter is a reporter credit (label 记者, role reporter): one row per person per article, the
  byline as evidence when it names him (all pages here); ``摄像：`` is a credit labelled 摄像 with role photographer; 编辑 /
  责任编辑 / 本版编辑 / 审核 / 校对 / 监制 / 签发 are editors; ``（陆川台记者 … 报道）`` is a 记者 credit; the 作者 field of a stamp
  line naming the byline's reporter gives no second row; an unnamed anchor gives nothing.
- County zones take the prefecture city (parts bj, cg) and 经济开发区 is not folded: ``县委常委、经济开发区党工委书记`` on the
  宁晋 pages → 宁晋县委 常委 + 邢台宁晋经济开发区党工委 书记; on the 莒南 page → 莒南县委 常委 + 临沂莒南经济开发区党工委 书记.
- One-character county: 渠县 → ``渠县委`` / ``渠县政府`` (as 献县委, 萧县委), though the page writes ``渠县县委``. Towns take
  their county: 蒙阴县岱崮镇党委, 莒南县板泉镇党委, 渠县三汇镇党委, 陆川县乌石镇党委.
- Bare organs take the page's place or its parent: 县委 / 县 on a county site = that county; ``副市长`` and ``市发展改革委`` on
  the 邢台 station and on the 宁晋 site = 邢台市's; on the 邢台 page ``县委副书记、县长曹立民`` right after ``宁晋县委书记`` =
  宁晋's; in the 达州日报 ``副县长`` / ``县水务局局长`` after ``开江县委副书记、县长`` = 开江's.
- Events: 观摩 is a ``site observation`` with the two heads who lead it and the 参加 县领导 as attendees (as bq01); 调研 /
  检查 / 督导 are inspections (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作安排 / 交流发言 and
  同期声 speakers); 推进会 a meeting (chair when 主持, 出席 attendees).
- Projects: works named as under way or inspected, with the place the text writes in front of them; …产业园 / 加工园 /
  园区二期 industrial_park; 堤防加固 and 河道清淤 works engineering_work; a river's 生态综合治理 greening_project; 污水处理厂,
  供热管网, 旅游道路 works infrastructure_project; a 冷链物流中心 logistics_hub; 示范片区, 高标准农田建设项目 project.
  Standing bases (保种场, 养殖示范基地, 育秧工厂, 交易市场) are not projects; the standing 渠县黄花精深加工园区 (ct08) is a place
  (zone_park, as bq).
- Places: one line per name per file, as written; the bare zone (``经济开发区``) is annotated as written; places inside
  titles, labels, org references and project names count; brand-like uses give the short name (``蒙阴蜜桃`` → 蒙阴,
  ``陆川猪是陆川的…`` → 陆川); places inside company names, programme names (``【宁晋新闻】``), site lines, stamp lines,
  player chrome (视频时长, 播放), 相关视频 / 上一条 / 下一条 lists and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

NJZ = "邢台宁晋经济开发区"
JNZ = "临沂莒南经济开发区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ct01_ningjin.txt": (2022, "发布时间：2022-04-13 20:16", "宁晋县", [
        ("【宁晋新闻】全县一季度重点项目观摩活动举行", "4月12日", "2022-04-12", "4月12日，全县一季度",
         "county 融媒体 video page: 观摩 led by the 县委书记 and the 县长; 同期声 labels (a company manager, a label-only 局长, the 县长's fuller chain); 出镜")]),
    "ct02_xingtai.txt": (2024, "2024-06-18 19:58:03", "邢台市", [
        ("郜立平到宁晋县调研光伏产业发展和重点项目建设", "6月18日", "2024-06-18", "6月18日，副市长郜立平",
         "city station video page: the 副市长 (宁晋's former 县委书记) 调研 in 宁晋; the former 县长 now 县委书记; a label-only zone head")]),
    "ct03_ningjin.txt": (2024, "发布时间：2024-06-19 09:35", "宁晋县", [
        ("副市长郜立平来我县调研光伏产业发展和重点项目建设", "6月18日", "2024-06-18", "6月18日，副市长郜立平带领",
         "county government site: text page of the same 调研 as ct02, with the full list of 陪同 officials")]),
    "ct04_mengyin.txt": (2022, "2022-09-07 18:40", "蒙阴县", [
        ("鞠晓川到岱崮镇调研蜜桃销售和乡村振兴工作", "9月6日", "2022-09-06", "9月6日，县委副书记",
         "county 融媒体 video page: the 县长's 调研 in 岱崮镇; 果农 and 局长 soundbites; 摄像 credit")]),
    "ct05_junan.txt": (2024, "发布时间：2024-03-15 19:30", "莒南县", [
        ("鞠晓川调研经济开发区和板泉镇重点项目建设", "3月14日", "2024-03-14", "3月14日，县委书记鞠晓川",
         "county 融媒体 video page: the 县委书记 (蒙阴's former 县长) 调研 in the county's 经济开发区 and 板泉镇")]),
    "ct06_quxian.txt": (2021, "2021-07-09 20:02:17", "渠县", [
        ("我县召开黄花产业发展推进会", "7月8日", "2021-07-08", "导语：7月8日",
         "county 融媒体 video page of a 推进会: 导语： / 解说： / 同期： markers, labels 渠县县委…; 常务副县长 蒲国栋")]),
    "ct07_kaijiang.txt": (2023, "发布时间：2023-06-14 21:10", "开江县", [
        ("蒲国栋检查防汛备汛和水库安全度汛工作", "6月13日", "2023-06-13", "6月13日，县委副书记",
         "county 融媒体 video page: the 县长 (渠县's former 常务副县长) 检查; name-first 同期声 labels; 记者 … 出镜")]),
    "ct08_dazhou.txt": (2023, "2023年06月15日", "达州市", [
        ("开江扎实开展防汛备汛检查", "6月13日", "2023-06-13", "本报讯（记者 向思雨",
         "city paper 第03版: text of the same 检查 as ct07"),
        ("渠县：黄花产业“链”上发力", "6月12日", "2023-06-12", "本报讯（记者 邓书涵）",
         "city paper: 渠县's 黄花产业链推进会 with its 县长")]),
    "ct09_luchuan.txt": (2023, "时间：2023-11-22 19:52", "陆川县", [
        ("陈善文到乌石镇调研陆川猪产业发展和乡村振兴工作", "11月21日", "2023-11-21", "11月21日，县委书记",
         "county 融媒体 video page: the 县委书记's 调研 in 乌石镇; a company manager's soundbite; 梁建华#1")]),
    "ct10_xiaochang.txt": (2025, "发布日期：2025-03-12", "孝昌县", [
        ("邬海清到小河镇、周巷镇督导春耕生产工作", "3月11日", "2025-03-11", "3月11日，县委副书记",
         "county 融媒体 video page: the 县长's 督导; a label-only 局长 (梁建华#2) and a 种粮大户")]),
}

_SHI01 = "县委常委、经济开发区党工委书记史宏图"
_SHI02 = "【同期声】宁晋县委常委、经济开发区党工委书记 史宏图"
_LI05 = "县委常委、经济开发区党工委书记厉文博"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 邢台 (宁晋县)
    "ct:郜立平": ("郜立平", "official", "邢台市", [
        ("ct01", "宁晋县委", "书记", "县委书记郜立平，县长贾卫峰带领观摩团", "2022-04 (identity case: 邢台市副市长 in 2024, ct02 / ct03); her 同期声 label ``县委书记 郜立平`` repeats the post: no second line"),
        ("ct02", "邢台市政府", "副市长", "6月18日，副市长郜立平到宁晋县调研", "2024-06: now 副市长 (bare 副市长 on the 邢台 station)"),
        ("ct03", "邢台市政府", "副市长", "副市长郜立平带领市发展改革委", "2024-06: bare 副市长 on the 宁晋 site = the parent city's")], []),
    "ct:贾卫峰": ("贾卫峰", "official", "宁晋县", [
        ("ct01", "宁晋县政府", "县长", "县长贾卫峰带领观摩团", "2022-04 (identity case: 宁晋县委书记 in 2024)"),
        ("ct01", "宁晋县委", "副书记", "【同期声】宁晋县委副书记、县长 贾卫峰", "DECIDED HERE: the 同期声 label gives the title the narration leaves out; 县长 not repeated"),
        ("ct02", "宁晋县委", "书记", "宁晋县委书记贾卫峰", "2024-06: now 县委书记; the 同期声 label repeats it"),
        ("ct03", "宁晋县委", "书记", "县委书记贾卫峰", "2024-06")], []),
    "ct:牛建波": ("牛建波", "official", "宁晋县", [
        ("ct01", "宁晋县委", "常委", "县委常委、常务副县长牛建波", "2022-04"),
        ("ct01", "宁晋县政府", "常务副县长", "县委常委、常务副县长牛建波", None),
        ("ct03", "宁晋县委", "常委", "县委常委、常务副县长牛建波", "2024-06: the same posts"),
        ("ct03", "宁晋县政府", "常务副县长", "县委常委、常务副县长牛建波", None)], []),
    "ct:史宏图": ("史宏图", "official", "宁晋县", [
        ("ct01", "宁晋县委", "常委", _SHI01, "2022-04"),
        ("ct01", NJZ + "党工委", "书记", _SHI01, "bare 经济开发区 on the 宁晋 page = 宁晋经济开发区; a county's zone takes the prefecture city (bj, cg), 经济开发区 not folded; the same organ name is 莒南's in ct05"),
        ("ct02", "宁晋县委", "常委", _SHI02, "2024-06: label-only (the narration does not name him): DECIDED HERE, the label gives the post"),
        ("ct02", NJZ + "党工委", "书记", _SHI02, None),
        ("ct03", "宁晋县委", "常委", _SHI01, "2024-06"),
        ("ct03", NJZ + "党工委", "书记", _SHI01, None)], []),
    "ct:耿书宁": ("耿书宁", "official", "宁晋县", [
        ("ct01", "宁晋县发展和改革局", "局长", "【同期声】县发展和改革局局长 耿书宁", "label-only post; bare 县 in a label on the 宁晋 site = 宁晋县")], []),
    "ct:范志远": ("范志远", "company_executive", "宁晋县", [], ["ct01"]),
    "ct:曹立民": ("曹立民", "official", "宁晋县", [
        ("ct02", "宁晋县委", "副书记", "县委副书记、县长曹立民", "bare 县委 right after 宁晋县委书记 on the 邢台 station = 宁晋's"),
        ("ct02", "宁晋县政府", "县长", "县委副书记、县长曹立民", None),
        ("ct03", "宁晋县委", "副书记", "县委副书记、县长曹立民", None),
        ("ct03", "宁晋县政府", "县长", "县委副书记、县长曹立民", None)], []),
    "ct:段永亮": ("段永亮", "official", "邢台市", [
        ("ct02", "邢台市发展改革委", "副主任", "市发展改革委副主任段永亮", None),
        ("ct03", "邢台市发展改革委", "副主任", "市发展改革委副主任段永亮", "bare 市 on the 宁晋 site = 邢台市")], []),
    # ---- 临沂 (蒙阴县, 莒南县)
    "ct:鞠晓川": ("鞠晓川", "official", "临沂市", [
        ("ct04", "蒙阴县委", "副书记", "县委副书记、县长鞠晓川到岱崮镇调研", "2022-09 (identity case: 莒南县委书记 in 2024, ct05); the label repeats both posts"),
        ("ct04", "蒙阴县政府", "县长", "县委副书记、县长鞠晓川到岱崮镇调研", None),
        ("ct05", "莒南县委", "书记", "县委书记鞠晓川到莒南经济开发区", "2024-03: now 莒南县委书记")], []),
    "ct:孔祥斌": ("孔祥斌", "official", "蒙阴县", [
        ("ct04", "蒙阴县委", "常委", "县委常委、副县长孔祥斌参加调研", None),
        ("ct04", "蒙阴县政府", "副县长", "县委常委、副县长孔祥斌参加调研", None)], []),
    "ct:公茂军": ("公茂军", "official", "蒙阴县", [
        ("ct04", "蒙阴县岱崮镇党委", "书记", "岱崮镇党委书记公茂军介绍", "a town takes its county")], []),
    "ct:庞立杰": ("庞立杰", "official", "蒙阴县", [
        ("ct04", "蒙阴县农业农村局", "局长", "【同期声】县农业农村局局长 庞立杰", "label-only post; 县农业农村局 = 蒙阴's here, 孝昌's in ct10")], []),
    "ct:刘庆伟": ("刘庆伟", "villager", "蒙阴县", [], ["ct04"]),
    "ct:厉文博": ("厉文博", "official", "莒南县", [
        ("ct05", "莒南县委", "常委", _LI05, "the label repeats both posts"),
        ("ct05", JNZ + "党工委", "书记", _LI05, "bare 经济开发区 on the 莒南 page = 莒南经济开发区 (宁晋's in ct01–ct03)")], []),
    "ct:杜明浩": ("杜明浩", "official", "莒南县", [
        ("ct05", "莒南县工业和信息化局", "局长", "【同期声】县工业和信息化局局长 杜明浩", "label-only post")], []),
    "ct:宋德良": ("宋德良", "official", "莒南县", [
        ("ct05", "莒南县板泉镇党委", "书记", "板泉镇党委书记宋德良汇报了", None)], []),
    # ---- 达州 (渠县, 开江县)
    "ct:向荣华": ("向荣华", "official", "渠县", [
        ("ct06", "渠县委", "书记", "县委书记向荣华出席会议并讲话", "DECIDED HERE: 渠县 → 渠县委 (the label writes 渠县县委书记); the label repeats the post")], []),
    "ct:冉伯涛": ("冉伯涛", "official", "渠县", [
        ("ct06", "渠县委", "副书记", "县委副书记、县长冉伯涛主持会议", "2021-07"),
        ("ct06", "渠县政府", "县长", "县委副书记、县长冉伯涛主持会议", None),
        ("ct08", "渠县委", "副书记", "渠县县委副书记、县长冉伯涛出席会议并讲话", "2023-06: the same posts, in the 达州日报"),
        ("ct08", "渠县政府", "县长", "渠县县委副书记、县长冉伯涛出席会议并讲话", None)], []),
    "ct:蒲国栋": ("蒲国栋", "official", "达州市", [
        ("ct06", "渠县委", "常委", "县委常委、常务副县长蒲国栋就黄花精深加工园区建设", "2021-07 (identity case: 开江县长 in 2023, ct07 / ct08); the 同期 label repeats both posts"),
        ("ct06", "渠县政府", "常务副县长", "县委常委、常务副县长蒲国栋就黄花精深加工园区建设", None),
        ("ct07", "开江县委", "副书记", "县委副书记、县长蒲国栋带队检查", "2023-06: now 开江县委副书记、县长; the name-first label repeats it"),
        ("ct07", "开江县政府", "县长", "县委副书记、县长蒲国栋带队检查", None),
        ("ct08", "开江县委", "副书记", "开江县委副书记、县长蒲国栋带队检查", "2023-06, the 达州日报 of the same 检查"),
        ("ct08", "开江县政府", "县长", "开江县委副书记、县长蒲国栋带队检查", None)], []),
    "ct:何晓岚": ("何晓岚", "official", "渠县", [
        ("ct06", "渠县三汇镇党委", "书记", "三汇镇党委书记何晓岚", None)], []),
    "ct:谭明远": ("谭明远", "official", "开江县", [
        ("ct07", "开江县政府", "副县长", "副县长谭明远参加检查", None),
        ("ct08", "开江县政府", "副县长", "副县长谭明远，县水务局局长熊开云", "bare 副县长 after 开江县委副书记、县长 in the city paper")], []),
    "ct:熊开云": ("熊开云", "official", "开江县", [
        ("ct07", "开江县水务局", "局长", "熊开云　县水务局局长", "DECIDED HERE: a name-first 同期声 label gives the post too; the narration names only 县水务局负责同志"),
        ("ct08", "开江县水务局", "局长", "县水务局局长熊开云参加检查", None)], []),
    # ---- 玉林 (陆川县)
    "ct:陈善文": ("陈善文", "official", "陆川县", [
        ("ct09", "陆川县委", "书记", "县委书记陈善文到乌石镇调研", "the label repeats the post")], []),
    "ct:黎秋萍": ("黎秋萍", "official", "陆川县", [
        ("ct09", "陆川县委", "常委", "县委常委、副县长黎秋萍参加调研", None),
        ("ct09", "陆川县政府", "副县长", "县委常委、副县长黎秋萍参加调研", None)], []),
    "ct:梁建华#1": ("梁建华", "official", "陆川县", [
        ("ct09", "陆川县乌石镇党委", "书记", "乌石镇党委书记梁建华介绍了", "陆川 (广西), 2023; not the 梁建华 of 孝昌 (ct10); the label repeats the post")], []),
    "ct:吕振邦": ("吕振邦", "company_executive", "陆川县", [], ["ct09"]),
    # ---- 孝感 (孝昌县)
    "ct:邬海清": ("邬海清", "official", "孝昌县", [
        ("ct10", "孝昌县委", "副书记", "县委副书记、县长邬海清到小河镇", "the label repeats both posts"),
        ("ct10", "孝昌县政府", "县长", "县委副书记、县长邬海清到小河镇", None)], []),
    "ct:梁建华#2": ("梁建华", "official", "孝昌县", [
        ("ct10", "孝昌县农业农村局", "局长", "【同期声】县农业农村局局长 梁建华", "孝昌 (湖北), 2025; label-only post; not the 梁建华 of 陆川 (ct09)")], []),
    "ct:汪德胜": ("汪德胜", "villager", "孝昌县", [], ["ct10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ct01", "魏晨阳", "记者", "reporter", "（记者 魏晨阳 吕佳琪 报道）"),
    ("ct01", "吕佳琪", "记者", "reporter", "（记者 魏晨阳 吕佳琪 报道）"),
    ("ct01", "宋晓彤", "编辑", "editor", "编辑：宋晓彤"),
    ("ct01", "刘振海", "审核", "editor", "审核：刘振海"),
    ("ct02", "温佳怡", "记者", "reporter", "（记者 温佳怡 郝宇航 报道）"),
    ("ct02", "郝宇航", "记者", "reporter", "（记者 温佳怡 郝宇航 报道）"),
    ("ct02", "韩佳音", "责任编辑", "editor", "责任编辑：韩佳音"),
    ("ct03", "卢晓雯", "供稿", "author", "（县政府办　卢晓雯）"),
    ("ct04", "孟凡钊", "记者", "reporter", "（记者 孟凡钊 报道）"),
    ("ct04", "亓立强", "摄像", "photographer", "摄像：亓立强"),
    ("ct04", "任晓琳", "编辑", "editor", "编辑：任晓琳"),
    ("ct04", "薛洪波", "审核", "editor", "审核：薛洪波"),
    ("ct05", "尹浩然", "记者", "reporter", "（记者 尹浩然 庄婧 报道）"),
    ("ct05", "庄婧", "记者", "reporter", "（记者 尹浩然 庄婧 报道）"),
    ("ct05", "厉晓萌", "编辑", "editor", "编辑：厉晓萌"),
    ("ct05", "高凤林", "审核", "editor", "审核：高凤林"),
    ("ct05", "王守成", "监制", "editor", "监制：王守成"),
    ("ct06", "邓雨桐", "记者", "reporter", "（记者 邓雨桐 蒋子豪 报道）"),
    ("ct06", "蒋子豪", "记者", "reporter", "（记者 邓雨桐 蒋子豪 报道）"),
    ("ct06", "唐思远", "责任编辑", "editor", "责任编辑：唐思远"),
    ("ct06", "侯文静", "审核", "editor", "审核：侯文静"),
    ("ct07", "陈佳琪", "记者", "reporter", "（记者 陈佳琪 刘宇轩 报道）"),
    ("ct07", "刘宇轩", "记者", "reporter", "（记者 陈佳琪 刘宇轩 报道）"),
    ("ct07", "杨梦琪", "编辑", "editor", "编辑：杨梦琪"),
    ("ct07", "张川", "审核", "editor", "审核：张川"),
    ("ct08", "向思雨", "记者", "reporter", "本报讯（记者 向思雨 通讯员 谢晓东）"),
    ("ct08", "谢晓东", "通讯员", "correspondent", "本报讯（记者 向思雨 通讯员 谢晓东）"),
    ("ct08", "邓书涵", "记者", "reporter", "本报讯（记者 邓书涵）"),
    ("ct08", "罗子涵", "本版编辑", "editor", "本版编辑：罗子涵"),
    ("ct08", "黄晨", "校对", "editor", "校对：黄晨"),
    ("ct09", "黄宛琳", "记者", "reporter", "（陆川台记者 黄宛琳 覃立昊 报道）"),
    ("ct09", "覃立昊", "记者", "reporter", "（陆川台记者 黄宛琳 覃立昊 报道）"),
    ("ct09", "黎婉仪", "编辑", "editor", "编辑：黎婉仪"),
    ("ct09", "钟伟明", "审核", "editor", "审核：钟伟明"),
    ("ct10", "彭雨婷", "记者", "reporter", "（记者 彭雨婷 方子健 报道）"),
    ("ct10", "方子健", "记者", "reporter", "（记者 彭雨婷 方子健 报道）"),
    ("ct10", "易雪莹", "编辑", "editor", "编辑：易雪莹"),
    ("ct10", "胡杰", "审核", "editor", "审核：胡杰"),
    ("ct10", "孙卫东", "签发", "editor", "签发：孙卫东"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ct01", "全县一季度重点项目观摩活动", "site observation (观摩活动)", "4月12日", None, None, [],
     ["郜立平", "贾卫峰", "牛建波", "史宏图"], ["范志远", "耿书宁", "郜立平", "贾卫峰"], "宁晋经济开发区、大曹庄管理区、凤凰镇",
     "4月12日，全县一季度重点项目观摩活动举行",
     ["县委书记郜立平，县长贾卫峰带领观摩团", "县委常委、常务副县长牛建波", "史宏图等县领导参加观摩",
      "【同期声】宁晋县鑫辰光伏科技有限公司总经理 范志远", "【同期声】县发展和改革局局长 耿书宁", "郜立平强调",
      "【同期声】县委书记 郜立平", "【同期声】宁晋县委副书记、县长 贾卫峰"]),
    ("ct02", "宁晋县光伏产业发展和重点项目建设调研", "inspection (调研)", "6月18日", None, "郜立平", [],
     ["段永亮", "贾卫峰", "曹立民"], ["贾卫峰", "史宏图", "郜立平"], "宁晋县",
     "6月18日，副市长郜立平到宁晋县调研光伏产业发展和重点项目建设工作",
     ["副市长郜立平到宁晋县调研", "市发展改革委副主任段永亮", "县长曹立民陪同调研", "【同期声】宁晋县委书记 贾卫峰",
      _SHI02, "郜立平指出"]),
    ("ct03", "宁晋县光伏产业发展和重点项目建设调研", "inspection (调研)", "6月18日", None, "郜立平", [],
     ["段永亮", "贾卫峰", "曹立民", "牛建波", "史宏图"], ["史宏图", "牛建波", "郜立平", "贾卫峰"], "宁晋县",
     "6月18日，副市长郜立平带领市发展改革委、市工业和信息化局有关负责同志来我县，调研光伏产业发展和重点项目建设工作",
     ["副市长郜立平带领", "市发展改革委副主任段永亮", "史宏图陪同调研", "史宏图汇报了", "牛建波介绍了", "她指出", "贾卫峰表示"]),
    ("ct04", "岱崮镇蜜桃销售和乡村振兴工作调研", "inspection (调研)", "9月6日", None, "鞠晓川", [],
     ["孔祥斌"], ["刘庆伟", "公茂军", "庞立杰", "鞠晓川"], "岱崮镇",
     "9月6日，县委副书记、县长鞠晓川到岱崮镇调研蜜桃销售和乡村振兴工作",
     ["县长鞠晓川到岱崮镇调研", "副县长孔祥斌参加调研", "【同期声】果农 刘庆伟", "公茂军介绍", "【同期声】县农业农村局局长 庞立杰",
      "【同期声】蒙阴县委副书记、县长 鞠晓川"]),
    ("ct05", "经济开发区和板泉镇重点项目建设调研", "inspection (调研)", "3月14日", None, "鞠晓川", [],
     ["厉文博"], ["厉文博", "杜明浩", "宋德良", "鞠晓川"], "莒南经济开发区、板泉镇",
     "3月14日，县委书记鞠晓川到莒南经济开发区和板泉镇，调研重点项目建设和一季度“开门红”工作推进情况",
     ["县委书记鞠晓川到莒南经济开发区", "经济开发区党工委书记厉文博参加调研", "【同期声】县委常委、经济开发区党工委书记 厉文博",
      "【同期声】县工业和信息化局局长 杜明浩", "宋德良汇报了", "鞠晓川指出"]),
    ("ct06", "黄花产业发展推进会", "meeting (推进会)", "7月8日", "冉伯涛", None, ["渠县"],
     ["向荣华"], ["何晓岚", "蒲国栋", "向荣华"], None,
     "7月8日，我县召开黄花产业发展推进会",
     ["县长冉伯涛主持会议", "县委书记向荣华出席会议并讲话", "何晓岚、土溪镇负责同志作交流发言", "蒲国栋就黄花精深加工园区建设",
      "向荣华强调", "同期：渠县县委书记 向荣华"]),
    ("ct07", "防汛备汛和水库安全度汛工作检查", "inspection (检查)", "6月13日", None, "蒲国栋", [],
     ["谭明远"], ["熊开云", "蒲国栋"], "宝石桥水库、普安镇、任市镇",
     "6月13日，县委副书记、县长蒲国栋带队检查防汛备汛和水库安全度汛工作",
     ["县长蒲国栋带队检查", "副县长谭明远参加检查", "熊开云　县水务局局长", "蒲国栋强调", "蒲国栋　开江县委副书记、县长"]),
    ("ct08", "开江县防汛备汛和水库安全度汛工作检查", "inspection (检查)", "6月13日", None, "蒲国栋", [],
     ["谭明远", "熊开云"], ["熊开云", "蒲国栋", "谭明远"], "宝石桥水库、普安镇、任市镇",
     "6月13日，开江县委副书记、县长蒲国栋带队检查防汛备汛和水库安全度汛工作",
     ["县长蒲国栋带队检查", "副县长谭明远，县水务局局长熊开云参加检查", "熊开云汇报了", "蒲国栋要求", "谭明远就防汛物资储备"]),
    ("ct08", "渠县黄花产业链推进会", "meeting (推进会)", "6月12日", None, None, ["渠县"],
     ["冉伯涛"], ["冉伯涛"], None,
     "6月12日，渠县召开黄花产业链推进会",
     ["冉伯涛出席会议并讲话", "冉伯涛强调"]),
    ("ct09", "乌石镇陆川猪产业发展和乡村振兴工作调研", "inspection (调研)", "11月21日", None, "陈善文", [],
     ["黎秋萍"], ["梁建华", "吕振邦", "陈善文"], "乌石镇",
     "11月21日，县委书记陈善文到乌石镇调研陆川猪产业发展和乡村振兴工作",
     ["县委书记陈善文到乌石镇调研", "副县长黎秋萍参加调研", "梁建华介绍了", "【同期声】广西陆川猪产业集团有限公司总经理 吕振邦",
      "陈善文指出", "【同期声】县委书记 陈善文"]),
    ("ct10", "小河镇、周巷镇春耕生产和高标准农田建设督导", "inspection (督导)", "3月11日", None, "邬海清", [],
     [], ["梁建华", "汪德胜", "邬海清"], "小河镇、周巷镇",
     "3月11日，县委副书记、县长邬海清到小河镇、周巷镇督导春耕生产和高标准农田建设工作",
     ["县长邬海清到小河镇、周巷镇督导", "【同期声】县农业农村局局长 梁建华", "【同期声】种粮大户 汪德胜", "邬海清强调",
      "【同期声】孝昌县委副书记、县长 邬海清"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ct01", "宁晋经济开发区光伏组件智能制造项目", "project", "先后来到宁晋经济开发区光伏组件智能制造项目"),
    ("ct01", "大曹庄管理区设施蔬菜产业园", "industrial_park", "大曹庄管理区设施蔬菜产业园、凤凰镇"),
    ("ct01", "凤凰镇污水处理厂提标改造工程", "infrastructure_project", "凤凰镇污水处理厂提标改造工程等12个项目"),
    ("ct02", "宁晋经济开发区光伏组件智能制造项目", "project", "先后来到宁晋经济开发区光伏组件智能制造项目"),
    ("ct02", "晶硅材料产业园二期", "industrial_park", "晶硅材料产业园二期和县城南部供热管网改造工程现场"),
    ("ct02", "县城南部供热管网改造工程", "infrastructure_project", "县城南部供热管网改造工程现场"),
    ("ct03", "宁晋经济开发区光伏组件智能制造项目", "project", "先后深入宁晋经济开发区光伏组件智能制造项目"),
    ("ct03", "晶硅材料产业园二期", "industrial_park", "晶硅材料产业园二期和县城南部供热管网改造工程"),
    ("ct03", "县城南部供热管网改造工程", "infrastructure_project", "县城南部供热管网改造工程要在10月底前全面完工"),
    ("ct04", "蜜桃冷链物流中心", "logistics_hub", "岱崮镇新建成的蜜桃冷链物流中心"),
    ("ct04", "岱崮镇乡村振兴示范片区", "project", "鞠晓川来到岱崮镇乡村振兴示范片区"),
    ("ct04", "岱崮地貌旅游道路提升工程", "infrastructure_project", "察看了岱崮地貌旅游道路提升工程"),
    ("ct05", "新能源电池结构件产业园一期", "industrial_park", "先后来到新能源电池结构件产业园一期"),
    ("ct05", "高端装备制造产业园", "industrial_park", "高端装备制造产业园，察看厂房建设"),
    ("ct05", "板泉镇农产品加工园", "industrial_park", "察看了板泉镇农产品加工园"),
    ("ct05", "鸡龙河综合治理工程", "engineering_work", "板泉镇农产品加工园和鸡龙河综合治理工程"),
    ("ct06", "渠县黄花精深加工园区二期", "industrial_park", "“渠县黄花精深加工园区二期要在年底前建成投用"),
    ("ct07", "普安镇新宁河堤防加固工程", "engineering_work", "普安镇新宁河堤防加固工程和任市镇"),
    ("ct08", "普安镇新宁河堤防加固工程", "engineering_work", "普安镇新宁河堤防加固工程和任市镇"),
    ("ct08", "渠县黄花精深加工园区二期", "industrial_park", "渠县黄花精深加工园区二期运行"),
    ("ct08", "渠县黄花精深加工园区三期", "industrial_park", "加快渠县黄花精深加工园区三期建设"),
    ("ct09", "九洲江乌石段生态综合治理工程", "greening_project", "九洲江乌石段生态综合治理工程，察看"),
    ("ct10", "小河镇2025年高标准农田建设项目", "project", "来到小河镇2025年高标准农田建设项目施工现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ct01", "宁晋经济开发区", "development_zone", "standalone", "深入宁晋经济开发区和各乡镇"),
    ("ct01", "经济开发区", "development_zone", "in_title", _SHI01),
    ("ct01", "大曹庄管理区", "management_area", "in_project_name", "大曹庄管理区设施蔬菜产业园、凤凰镇"),
    ("ct01", "凤凰镇", "town", "in_project_name", "凤凰镇污水处理厂提标改造工程"),
    ("ct01", "宁晋县", "county", "in_title", "【同期声】宁晋县委副书记、县长 贾卫峰"),
    ("ct02", "宁晋县", "county", "standalone", "副市长郜立平到宁晋县调研"),
    ("ct02", "宁晋经济开发区", "development_zone", "in_project_name", "先后来到宁晋经济开发区光伏组件智能制造项目"),
    ("ct02", "经济开发区", "development_zone", "in_title", _SHI02),
    ("ct02", "宁晋", "county", "standalone", "光伏产业是宁晋的优势产业"),
    ("ct03", "宁晋经济开发区", "development_zone", "in_project_name", "先后深入宁晋经济开发区光伏组件智能制造项目"),
    ("ct03", "经济开发区", "development_zone", "in_title", _SHI01),
    ("ct03", "宁晋", "county", "standalone", "宁晋光伏产业基础好"),
    ("ct03", "宁晋县", "county", "standalone", "宁晋县将认真落实调研要求"),
    ("ct04", "岱崮镇", "town", "standalone", "到岱崮镇调研蜜桃销售"),
    ("ct04", "蒙阴", "county", "standalone", "正值蒙阴蜜桃晚熟品种集中上市"),
    ("ct04", "笊篱坪村", "village", "standalone", "在岱崮镇笊篱坪村蜜桃交易市场"),
    ("ct04", "岱崮地貌", "landform", "standalone", "要把蜜桃产业和岱崮地貌旅游结合起来"),
    ("ct04", "蒙阴县", "county", "in_title", "【同期声】蒙阴县委副书记、县长 鞠晓川"),
    ("ct05", "莒南经济开发区", "development_zone", "standalone", "到莒南经济开发区和板泉镇"),
    ("ct05", "经济开发区", "development_zone", "standalone", "鞠晓川调研经济开发区和板泉镇重点项目建设"),
    ("ct05", "板泉镇", "town", "standalone", "到莒南经济开发区和板泉镇"),
    ("ct05", "鸡龙河", "river", "in_project_name", "鸡龙河综合治理工程的施工现场"),
    ("ct05", "莒南", "county", "standalone", "把莒南的发展势头保持好"),
    ("ct05", "莒南县", "county", "in_title", "【同期声】莒南县委书记 鞠晓川"),
    ("ct06", "三汇镇", "town", "in_org_reference", "三汇镇党委书记何晓岚"),
    ("ct06", "土溪镇", "town", "standalone", "土溪镇负责同志作交流发言"),
    ("ct06", "渠县", "county", "standalone", "黄花是渠县的富民产业"),
    ("ct07", "宝石桥水库", "reservoir", "standalone", "先后来到宝石桥水库"),
    ("ct07", "普安镇", "town", "in_project_name", "普安镇新宁河堤防加固工程和任市镇"),
    ("ct07", "新宁河", "river", "in_project_name", "普安镇新宁河堤防加固工程和任市镇"),
    ("ct07", "任市镇", "town", "standalone", "任市镇地质灾害隐患点"),
    ("ct07", "开江县", "county", "in_title", "蒲国栋　开江县委副书记、县长"),
    ("ct08", "开江", "county", "standalone", "开江扎实开展防汛备汛检查"),
    ("ct08", "开江县", "county", "standalone", "开江县今年共储备各类防汛物资"),
    ("ct08", "宝石桥水库", "reservoir", "standalone", "检查组先后来到宝石桥水库"),
    ("ct08", "普安镇", "town", "in_project_name", "普安镇新宁河堤防加固工程和任市镇"),
    ("ct08", "新宁河", "river", "in_project_name", "普安镇新宁河堤防加固工程和任市镇"),
    ("ct08", "任市镇", "town", "standalone", "任市镇地质灾害隐患点"),
    ("ct08", "渠县", "county", "standalone", "6月12日，渠县召开黄花产业链推进会"),
    ("ct08", "渠县黄花精深加工园区", "zone_park", "standalone", "截至目前，渠县黄花精深加工园区已入驻"),
    ("ct09", "乌石镇", "town", "standalone", "到乌石镇调研陆川猪产业发展"),
    ("ct09", "陆川", "county", "standalone", "陆川猪是陆川的“金字招牌”"),
    ("ct09", "九洲江", "river", "standalone", "守护好九洲江一江清水"),
    ("ct10", "小河镇", "town", "standalone", "到小河镇、周巷镇督导春耕生产"),
    ("ct10", "周巷镇", "town", "standalone", "到小河镇、周巷镇督导春耕生产"),
    ("ct10", "孝昌县", "county", "in_title", "【同期声】孝昌县委副书记、县长 邬海清"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ct", conventions="set ct (blind set: county and city TV / 融媒体 video news pages with their transcripts — 【导语】 / 【正文】 / 【解说】 / 【同期声】 blocks, plain 导语： / 解说： / 同期： markers, 【出镜】 and 记者 … 出镜 lines, （记者 … … 报道） bylines, 视频时长 and 播放 chrome — and two text pages of the same events, in 河北 邢台 (宁晋县, the city station), 山东 临沂 (蒙阴县, 莒南县), 四川 达州 (渠县, 开江县, the 达州日报), 广西 玉林 (陆川县), 湖北 孝感 (孝昌县): a 同期声 label naming a title gives the post (title first or name first), one line per post per article, so it adds only what the narration leaves out; villagers' and company managers' labels give none; the TV report is no event, the event it reports is; every named 同期声 speaker but the reporter is a speaker of that event; the 出镜 reporter is a 记者 credit, 摄像 a photographer credit; county zones take the prefecture city (邢台宁晋经济开发区, 临沂莒南经济开发区), 渠县 → 渠县委)",
          persons_note="Set ct persons. id = corpus-wide person_id (ct:梁建华#1 陆川县乌石镇党委书记 (广西, 2023) and ct:梁建华#2 孝昌县农业农村局局长 (湖北, 2025) are two people; ct:郜立平 宁晋县委书记 2022 → 邢台市副市长 2024; ct:贾卫峰 宁晋县委副书记、县长 2022 → 宁晋县委书记 2024; ct:鞠晓川 蒙阴县委副书记、县长 2022 → 莒南县委书记 2024; ct:蒲国栋 渠县委常委、常务副县长 2021 → 开江县委副书记、县长 2023)")


if __name__ == "__main__":
    main()
