"""Write gold part ``fa`` (a blind set: education and health pages: county and city leaders at schools and hospitals,
开学 检查, 教师节 慰问, 高考 巡考, 医共体 调研, school and hospital heads, 教育局 / 卫健局 / 卫健委 leaders, school and
hospital construction projects) from the tables below.

Pages ``tests/dev/texts/fa*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 永春县 site's 教育 专栏 (``您当前的位置：首页 > 专题专栏 > 永春教育 >
…``, ``2023-09-15 16:47 阅读人数``, the 县长's 教师节 走访慰问 of named teachers, ``副县长…参加慰问活动``, ``（县融媒体中心 …）``);
a 灌南 page (县委书记 and 县长 ``分别带队`` 教师节 慰问 of retired teachers); a 澧县 page (县委副书记 and 县委常委 慰问 ``每到一所
学校…座谈``); a 大英县 page of 高考 巡考 (``县委书记…，县委副书记、县长…先后到…考点巡考``, ``视频监控平台``, ``县委常委、
宣传部长…，副县长…以及县教体局相关负责人参加巡考``); a 翁源 site page (``作者:本站编辑 来源:县电视台 发布时间:… 字号:``,
the 县长 率 副县长 巡视 考点); the 博爱县 page of the 县长's 高考备考 调研; the 罗江区 site (``发布时间: … 来源:区教体局 浏览次数:
字体大小: 打印``, a 副区长's 学校 检查 with ``党组书记、局长…陪同``, ``责任编辑:``); a 湖北 市委书记's 开学 调研 (``市教育局党组书记、
局长…和党组副书记、副局长…陪同``, ``学校党总支书记、校长…``); the 常州 钟楼 新校建设 调研 (``副区长…，区教文局党委书记、局长…陪同
调研``, a 座谈会 with 汇报); the 清涧县人民医院 调研 (``县委常委、县政府副县长…，县卫健局局长…等陪同``, a 座谈会 where the 院长
汇报); the 邻水县人民医院 project page (``院党委书记…对医院概况…进行了介绍``); the 宝丰县人民医院 改扩建 考核 (``院长…做简要汇报``);
the 荥经县人民医院建设项目 page (``常务副县长…、副县长…、县卫生健康局局长…陪同``); a 鹿邑 县医院 迁建 视察 (县委书记, 县委副书记、
县长, the 院长 介绍); the 丘北 县长's 县人民医院分院项目 调研; the 勉县政协 医共体 调研 in the 各界导报 (``第03版:协商 上一版 下一版``,
``本报讯 (记者 … 通讯员 …)``, footer with 备案号); a 和平县 人大 调研 of 县人民医院二期 and new 院区. Places are real: 四川 遂宁
(大英县: the county site and the 遂宁日报; 蓬溪县), 甘肃 平凉 (庄浪县: the 县教育局 site and the 平凉日报), 河南 驻马店 (泌阳县: the
county site and the 驻马店网 portal), 江苏 盐城 (阜宁县: the 县卫健委 site), 广东 韶关 (翁源县: the county site; 曲江区 in the
韶关日报), 湖南 衡阳 (衡阳县: the county site).

Shapes: a county site's 县委书记 调研 of the 县人民医院 迁建项目 and a 卫生院 (医共体), with a 现场办公会 after it; the hospital's
党委书记 and 党委副书记、院长 (fa01); a city paper's 第02版 holding two articles: the 市卫健委 主任's 医共体 调研 in 大英县 with a 座谈会,
and the 开工仪式 of a 中医医院 迁建项目 in 蓬溪县 (fa02); a county 教育局's own site: the 县委书记's 教师节 慰问 (县委常委、宣传部部长,
副县长, 局党组书记、局长, a school's 校长, a retired teacher named) with ``供稿 / 编辑 / 审核`` credits (fa03); a city paper's 第03版
of the county's 高考 巡考 (书记 and 县长 先后 at two 考点; the former 教育局长 now 副县长) (fa04); a county site's 开学 检查 by the
县长 with a ``县委教育工委书记、县教育体育局党组书记、局长`` chain, a school's ``学校党委书记、校长`` and a 街道党工委书记 (fa05); a
portal page (驻马店网: ``作者``, ``分享到``, 相关新闻) of the same person, now 县委书记, at the 县人民医院 新院区 with the 卫生健康委
党组书记、主任 and the hospital's 党委书记 and 院长 (fa06); a county 卫健委's own site (bare ``委党组书记、主任``, ``党组成员、
副主任``) of a 县委常委、副县长's 医共体 调研 with a 座谈会 (hospital 党委书记, 院长, 中医院院长, 卫生院院长) (fa07); a county site's
开学 检查 by the 县长 (教育局局长, 校长, 镇党委书记) (fa08); a city paper's A02 of the same person, now 副市长, in 曲江区 (市政府副秘书长,
市教育局党组书记、局长, the 区长 and 副区长, a hospital's 院长) (fa09); a county site's 教师节 走访慰问 by the 县长 with a 县委常委、
副县长 (fa10).

Identity cases:
- fa:岑海鹏, a hospital head who becomes the county's health chief: 大英县人民医院党委副书记、院长 in April 2021 (fa01);
  大英县卫生健康局党组书记、局长 in May 2023 (fa02). fa:敬世林 follows him: 县人民医院党委书记 (2021) → 党委书记、院长 (2023).
  fa:喻德昆: 大英县副县长 (2021) → 县委常委、副县长 (2023).
- fa:柳文博, a 教育局长 who becomes 副县长: 庄浪县教育局党组书记、局长 in Sept 2022 (fa03); 庄浪县副县长 in June 2024 (fa04).
- fa:单立航, a 县长 who becomes 县委书记: 泌阳县委副书记、县长 in Aug 2022 (fa05); 泌阳县委书记 in March 2024 (fa06).
- fa:植伟铭, a 县长 who becomes a city's 副市长: 翁源县委副书记、县长 in Sept 2022 (fa08); 韶关市副市长 in Aug 2024 (fa09).
- the same officials on two pages: fa:窦立群 (庄浪县委书记, 2022 and 2024), fa:朵永祥 (庄浪县第一中学校长, 2022 and 2024).
- two different 孙博远 in unrelated places, both in 2023: fa:孙博远#1 is 阜宁县人民医院院长 (江苏, fa07); fa:孙博远#2 is 衡阳县委常委、
  副县长 (湖南, fa10).
- one organ name of different places: bare ``县人民医院`` is 大英县's (fa01, fa02), 泌阳县's (fa06) and 阜宁县's (fa07); bare
  ``县教育局`` is 庄浪县's (fa03, fa04), 翁源县's (fa08) and 衡阳县's (fa10); ``市卫健委`` (fa02) is 遂宁市's and ``市教育局`` (fa09)
  韶关市's; ``县委常委、副县长`` is 大英县's (fa02), 阜宁县's (fa07) and 衡阳县's (fa10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ap, da, bs, bq, az where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: on a county site or a county department's site bare
  县委 / 县长 / 县X局 / 县人民医院 are that county's; in a city paper bare 市卫健委 / 市教育局 / 市政府 / 副市长 are the paper's
  city (遂宁市, 韶关市) and bare 县… right after ``大英县`` / ``蓬溪县`` / ``庄浪县`` are that county's; on the 驻马店网 page
  (``县区 > 泌阳``, ``泌阳县委书记``) bare 县… are 泌阳县's.
- Departments as written after the place (part ap): 县卫生健康局 (四川), 县卫生健康委 (河南), 县卫健委 (江苏), 县教育局,
  县教育体育局, 县发展和改革局. On the 阜宁 卫健委's own site the bare ``委党组书记、主任`` / ``党组成员、副主任`` are that
  department's, named as the body writes it (``县卫健委``, part ap's rule): 阜宁县卫健委党组 书记 + 阜宁县卫健委 主任;
  党组成员 → 阜宁县卫健委党组 成员 (part z). 党组 goes only with 书记 / 成员.
- DECIDED HERE: ``县委教育工委书记`` → X县委教育工委 书记 (the 工委 of the 县委, as written after the place label, like
  ``X县委宣传部``).
- Public hospitals and schools (part da's DECIDED: the head of a public hospital or school holds a post of that institution,
  labelled with its place): ``县人民医院院长`` → X县人民医院 院长; DECIDED HERE: the hospital's or school's 党委 is an org of its
  own, as a department's 党组: ``县人民医院党委副书记、院长岑海鹏`` → 大英县人民医院党委 副书记 + 大英县人民医院 院长;
  ``学校党委书记、校长雷振宇`` (``学校`` = the school the sentence is about) → 泌阳县第一高级中学党委 书记 + 泌阳县第一高级中学
  校长; ``县中医医院党委书记`` → 蓬溪县中医医院党委 书记. A 卫生院 or school named after a town takes the county label
  (part da's 攸县皇图岭镇中心卫生院): ``在隆盛镇中心卫生院，院长何婉莹`` → 大英县隆盛镇中心卫生院 院长; 阜宁县益林镇中心卫生院;
  衡阳县西渡镇城西学校. DECIDED HERE: a school whose name already holds the county's short name (``翁源中学``) or its full
  name (``庄浪县第一中学``, ``泌阳县第一高级中学``) is kept as written; a district hospital named with its district
  (``曲江区人民医院``) as written.
- Not posts (CONVENTIONS): ``考点负责人``, ``优秀教师``, ``退休教师``, the honour ``“湖南省乡村优秀教师”``. DECIDED HERE:
  teachers named without a post (韦德顺, 匡丽华, 阳春生) are persons of type ``professional``.
- Events: 调研 / 检查 are ``inspection`` (leader; 陪同 / 参加 are attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排
  are speakers); the 座谈会 and the 现场办公会 after an inspection are meetings of their own (parts ap, bs), the remarks after
  ``随后…座谈会`` / ``主持召开现场办公会`` belonging to that meeting. DECIDED HERE: a 高考 巡考 is an ``inspection (巡考)``; when
  the 书记 and the 县长 巡考 ``先后`` at the same 考点 it is one event led by the first named (the 县长 an attendee and a
  speaker). A 教师节 慰问 tour is ``visit (慰问)`` (part az). The 开工仪式 is ``ceremony (开工仪式)`` (宣布开工 / 致辞 /
  表态发言 are speakers).
- Bylines: ``本报讯（记者 … 通讯员 …）`` and ``（记者 … 通讯员 …）`` are reporter / correspondent lines (a portal's ``作者：`` of the
  same reporter adds nothing); ``供稿：… 某某`` and a county site's ``作者：`` are author lines; 编辑 / 责任编辑 / 审核 are editor
  lines. ``作者：局办公室`` names nobody.
- Projects: school and hospital works under way or to be pushed, named as the page writes them (bare 县 kept:
  ``县人民医院门急诊病房综合楼``, ``县第二实验小学二期``, ``县第一中学新校区``): 迁建项目, 新院区, 新校区 (and its 二期), 综合楼,
  公寓楼, 康复大楼, a new 幼儿园 or 九年一贯制学校, kind ``project``. Schools, hospitals and 卫生院 visited (and a new campus
  already in use that is only visited) are not projects; 医共体, 远程会诊中心, 县域医学检验中心, 消毒供应中心, 胸痛中心 are no
  projects.
- Places: one line per name per file; places inside titles, organ references and project names count; a town in the name
  of its 卫生院 or school counts (``in_org_reference``, parts ap, bs); a county in a hospital's or school's own name is not
  annotated (part ee), but it is where it stands in a project name (parts am, cv). DECIDED HERE: the province in an honour
  (``“湖南省乡村优秀教师”``) counts, context ``in_honor_title``. Site lines, mastheads, 来源 lines, footers, addresses,
  上一篇 / 下一篇, 相关链接 / 相关新闻 / 本版其他文章 lists are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

DY, PX, ZL, BY, FN, WY, QJ, HY = "大英县", "蓬溪县", "庄浪县", "泌阳县", "阜宁县", "翁源县", "曲江区", "衡阳县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fa01_daying.txt": (2021, "发布时间：2021-04-16 09:32", DY, [
        ("蒲正峰调研大英县人民医院迁建项目和县域医共体建设工作", "4月15日", "2021-04-15", "4月15日，县委书记蒲正峰",
         "county site: the 县委书记's 调研 of the 县人民医院 迁建项目 and a 卫生院 (医共体); hospital 党委书记 and 党委副书记、院长; 现场办公会")]),
    "fa02_suining.txt": (2023, "2023年5月19日　星期五", "遂宁市", [
        ("市卫健委调研大英县紧密型县域医共体建设", "5月17日", "2023-05-17", "本报讯（记者 唐诗涵 通讯员 邓凯）5月17日",
         "city paper 第02版, article 1: 市卫健委 主任's 医共体 调研 in 大英县; the former 院长 now 卫生健康局局长; 座谈会"),
        ("蓬溪县中医医院迁建项目开工", "5月18日", "2023-05-18", "本报讯（记者 曾俊熙）5月18日",
         "city paper 第02版, article 2: 开工仪式 of the 蓬溪县中医医院 迁建项目 (县委书记, 县长, hospital 党委书记)")]),
    "fa03_zhuanglang.txt": (2022, "发布时间：2022年09月09日 17:26", ZL, [
        ("县委书记窦立群看望慰问一线教师", "9月8日", "2022-09-08", "在第38个教师节来临之际，9月8日",
         "county 教育局 site: the 县委书记's 教师节 慰问 with 宣传部部长, 副县长, 教育局 局长, a 校长; a retired teacher")]),
    "fa04_pingliang.txt": (2024, "2024年6月8日　星期六", "平凉市", [
        ("庄浪县领导巡考护航高考", "6月7日", "2024-06-07", "本报讯（记者 冯子衿 通讯员 柴永红）6月7日",
         "city paper 第03版: 高考 巡考 by the 县委书记 and the 县长; the former 教育局长 now 副县长")]),
    "fa05_biyang.txt": (2022, "发布时间：2022-08-31 18:05", BY, [
        ("单立航检查秋季开学准备工作", "8月30日", "2022-08-30", "8月30日，县委副书记、县长单立航",
         "county site: the 县长's 开学 检查; 县委教育工委书记、县教育体育局党组书记、局长; 学校党委书记、校长; 街道党工委书记; 新校区")]),
    "fa06_zhumadian.txt": (2024, "2024-03-21 10:48:36", BY, [
        ("单立航调研泌阳县人民医院新院区建设和医共体工作", "3月20日", "2024-03-20", "3月20日，泌阳县委书记单立航",
         "portal page: the former 县长, now 县委书记, at the 县人民医院 新院区; 卫生健康委党组书记、主任; hospital 党委书记 and 院长")]),
    "fa07_funing.txt": (2023, "发布日期：2023-11-16", FN, [
        ("顾明澄调研紧密型县域医共体建设工作", "11月15日", "2023-11-15", "11月15日，县委常委、副县长顾明澄",
         "county 卫健委 site: a 县委常委、副县长's 医共体 调研 (bare 委党组书记、主任); 座谈会 with hospital heads (孙博远#1)")]),
    "fa08_wengyuan.txt": (2022, "发布时间：2022-09-02 11:20:45", WY, [
        ("植伟铭检查我县秋季学期开学工作", "9月1日", "2022-09-01", "9月1日，秋季学期开学第一天",
         "county site: the 县长's 开学 检查 with 副县长, 教育局 局长, a 校长 and a 镇党委书记")]),
    "fa09_shaoguan.txt": (2024, "2024年08月30日　星期五", "韶关市", [
        ("植伟铭到曲江区调研教育医疗民生项目建设", "8月29日", "2024-08-29", "本报讯（记者 廖欣怡 通讯员 陈颖）8月29日",
         "city paper A02: the former 翁源县长, now 副市长, in 曲江区 (新校区, 住院综合楼); 市教育局党组书记、局长; 区长, 副区长; 院长")]),
    "fa10_hengyangxian.txt": (2023, "时间：2023-09-08 16:02", HY, [
        ("贺鹏翔带队开展教师节走访慰问活动", "9月7日", "2023-09-07", "在第39个教师节来临之际，9月7日",
         "county site: the 县长's 教师节 走访慰问 with a 县委常委、副县长 (孙博远#2) and the 教育局 局长; a 校长; teachers named")]),
}

_F01_FU = "县委副书记、县长符晓帆，副县长喻德昆，县发展和改革局局长付思远，县卫生健康局党组书记、局长税兴国参加调研"
_F05_BAO = "县委教育工委书记、县教育体育局党组书记、局长鲍晨阳"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 四川 遂宁: 大英县, 蓬溪县
    "fa:蒲正峰": ("蒲正峰", "official", DY, [
        ("fa01", f"{DY}委", "书记", "县委书记蒲正峰到县人民医院迁建项目施工现场", "named in the headline too")], []),
    "fa:符晓帆": ("符晓帆", "official", DY, [
        ("fa01", f"{DY}委", "副书记", _F01_FU, None),
        ("fa01", f"{DY}政府", "县长", _F01_FU, None)], []),
    "fa:喻德昆": ("喻德昆", "official", DY, [
        ("fa01", f"{DY}政府", "副县长", _F01_FU, "2021-04"),
        ("fa02", f"{DY}委", "常委", "大英县委常委、副县长喻德昆", "2023-05: now also 县委常委"),
        ("fa02", f"{DY}政府", "副县长", "大英县委常委、副县长喻德昆", None)], []),
    "fa:付思远": ("付思远", "official", DY, [
        ("fa01", f"{DY}发展和改革局", "局长", _F01_FU, "as written")], []),
    "fa:税兴国": ("税兴国", "official", DY, [
        ("fa01", f"{DY}卫生健康局党组", "书记", _F01_FU, "2021-04; the 局长 岑海鹏 holds in 2023"),
        ("fa01", f"{DY}卫生健康局", "局长", _F01_FU, None)], []),
    "fa:岑海鹏": ("岑海鹏", "official", DY, [
        ("fa01", f"{DY}人民医院党委", "副书记", "县人民医院党委副书记、院长岑海鹏", "2021-04; DECIDED HERE: the hospital's 党委 an org of its own (identity case: 卫生健康局局长 in 2023, fa02)"),
        ("fa01", f"{DY}人民医院", "院长", "县人民医院党委副书记、院长岑海鹏", "public hospital head (part da)"),
        ("fa02", f"{DY}卫生健康局党组", "书记", "县卫生健康局党组书记、局长岑海鹏", "2023-05: now heads the county's 卫生健康局 (bare 县 after 大英县委常委)"),
        ("fa02", f"{DY}卫生健康局", "局长", "县卫生健康局党组书记、局长岑海鹏", None)], []),
    "fa:敬世林": ("敬世林", "official", DY, [
        ("fa01", f"{DY}人民医院党委", "书记", "县人民医院党委书记敬世林", "2021-04"),
        ("fa02", f"{DY}人民医院党委", "书记", "县人民医院党委书记、院长敬世林", "2023-05: now also 院长 (after 岑海鹏)"),
        ("fa02", f"{DY}人民医院", "院长", "县人民医院党委书记、院长敬世林", None)], []),
    "fa:龚泽民": ("龚泽民", "official", "遂宁市", [
        ("fa02", "遂宁市卫健委党组", "书记", "市卫健委党组书记、主任龚泽民", "bare 市 in the 遂宁日报 = 遂宁市; 卫健委 as written"),
        ("fa02", "遂宁市卫健委", "主任", "市卫健委党组书记、主任龚泽民", None)], []),
    "fa:何婉莹": ("何婉莹", "official", DY, [
        ("fa02", f"{DY}隆盛镇中心卫生院", "院长", "院长何婉莹", "``在隆盛镇中心卫生院，院长…``: a town's 卫生院 takes the county label (part da)")], []),
    "fa:冉柏松": ("冉柏松", "official", PX, [
        ("fa02", f"{PX}委", "书记", "蓬溪县委书记冉柏松", None)], []),
    "fa:阙明远": ("阙明远", "official", PX, [
        ("fa02", f"{PX}委", "副书记", "县委副书记、县长阙明远", "bare 县委 right after 蓬溪县委书记"),
        ("fa02", f"{PX}政府", "县长", "县委副书记、县长阙明远", None)], []),
    "fa:谌丽娟": ("谌丽娟", "official", PX, [
        ("fa02", f"{PX}中医医院党委", "书记", "县中医医院党委书记谌丽娟", "DECIDED HERE: hospital 党委")], []),
    # ---- 甘肃 平凉: 庄浪县
    "fa:窦立群": ("窦立群", "official", ZL, [
        ("fa03", f"{ZL}委", "书记", "县委书记窦立群带队到庄浪县第一中学", "2022-09; bare 县委 on the 县教育局 site; named in the headline too"),
        ("fa04", f"{ZL}委", "书记", "庄浪县委书记窦立群", "2024-06: the same post")], []),
    "fa:闵秀芝": ("闵秀芝", "official", ZL, [
        ("fa03", f"{ZL}委", "常委", "县委常委、宣传部部长闵秀芝", None),
        ("fa03", f"{ZL}委宣传部", "部长", "县委常委、宣传部部长闵秀芝", "宣传部 after 县委常委 = the 县委's")], []),
    "fa:景海燕": ("景海燕", "official", ZL, [
        ("fa03", f"{ZL}政府", "副县长", "副县长景海燕", None)], []),
    "fa:柳文博": ("柳文博", "official", ZL, [
        ("fa03", f"{ZL}教育局党组", "书记", "县教育局党组书记、局长柳文博", "2022-09 (identity case: 副县长 in 2024, fa04)"),
        ("fa03", f"{ZL}教育局", "局长", "县教育局党组书记、局长柳文博", None),
        ("fa04", f"{ZL}政府", "副县长", "副县长柳文博", "2024-06: now 副县长")], []),
    "fa:朵永祥": ("朵永祥", "official", ZL, [
        ("fa03", f"{ZL}第一中学", "校长", "校长朵永祥汇报了", "2022-09: ``在庄浪县第一中学…校长…``; school name kept as written"),
        ("fa04", f"{ZL}第一中学", "校长", "考点负责人、校长朵永祥", "2024-06; 考点负责人 is no post")], []),
    "fa:韦德顺": ("韦德顺", "professional", ZL, [], ["fa03"]),
    "fa:雒建斌": ("雒建斌", "official", ZL, [
        ("fa04", f"{ZL}委", "副书记", "县委副书记、县长雒建斌", "bare 县委 after 庄浪县委书记"),
        ("fa04", f"{ZL}政府", "县长", "县委副书记、县长雒建斌", None)], []),
    "fa:权佳音": ("权佳音", "official", ZL, [
        ("fa04", f"{ZL}教育局党组", "书记", "县教育局党组书记、局长权佳音", "succeeds 柳文博"),
        ("fa04", f"{ZL}教育局", "局长", "县教育局党组书记、局长权佳音", None)], []),
    # ---- 河南 驻马店: 泌阳县
    "fa:单立航": ("单立航", "official", BY, [
        ("fa05", f"{BY}委", "副书记", "县委副书记、县长单立航带领县教育体育局", "2022-08 (identity case: 县委书记 in 2024, fa06); named in the headline too"),
        ("fa05", f"{BY}政府", "县长", "县委副书记、县长单立航带领县教育体育局", None),
        ("fa06", f"{BY}委", "书记", "泌阳县委书记单立航", "2024-03: now 县委书记")], []),
    "fa:贾晓彤": ("贾晓彤", "official", BY, [
        ("fa05", f"{BY}政府", "副县长", "副县长贾晓彤", None)], []),
    "fa:鲍晨阳": ("鲍晨阳", "official", BY, [
        ("fa05", f"{BY}委教育工委", "书记", _F05_BAO, "DECIDED HERE: 县委教育工委 → X县委教育工委"),
        ("fa05", f"{BY}教育体育局党组", "书记", _F05_BAO, None),
        ("fa05", f"{BY}教育体育局", "局长", _F05_BAO, None)], []),
    "fa:雷振宇": ("雷振宇", "official", BY, [
        ("fa05", f"{BY}第一高级中学党委", "书记", "学校党委书记、校长雷振宇", "DECIDED HERE: 学校 = the school of the sentence; the school's 党委 an org of its own"),
        ("fa05", f"{BY}第一高级中学", "校长", "学校党委书记、校长雷振宇", None)], []),
    "fa:孔令涛": ("孔令涛", "official", BY, [
        ("fa05", f"{BY}泌水街道党工委", "书记", "泌水街道党工委书记孔令涛", None)], []),
    "fa:滕云鹤": ("滕云鹤", "official", BY, [
        ("fa06", f"{BY}委", "副书记", "县委副书记、县长滕云鹤", "succeeds 单立航 as 县长"),
        ("fa06", f"{BY}政府", "县长", "县委副书记、县长滕云鹤", None)], []),
    "fa:樊志远": ("樊志远", "official", BY, [
        ("fa06", f"{BY}委", "常委", "县委常委、常务副县长樊志远", None),
        ("fa06", f"{BY}政府", "常务副县长", "县委常委、常务副县长樊志远", None)], []),
    "fa:邱敏华": ("邱敏华", "official", BY, [
        ("fa06", f"{BY}卫生健康委党组", "书记", "县卫生健康委党组书记、主任邱敏华", "as written (卫生健康委)"),
        ("fa06", f"{BY}卫生健康委", "主任", "县卫生健康委党组书记、主任邱敏华", None)], []),
    "fa:曹建业": ("曹建业", "official", BY, [
        ("fa06", f"{BY}人民医院党委", "书记", "县人民医院党委书记曹建业", "bare 县人民医院 = 泌阳县's here")], []),
    "fa:汪德厚": ("汪德厚", "official", BY, [
        ("fa06", f"{BY}人民医院", "院长", "院长汪德厚汇报了", "院长 right after the 县人民医院's 党委书记")], []),
    # ---- 江苏 盐城: 阜宁县
    "fa:顾明澄": ("顾明澄", "official", FN, [
        ("fa07", f"{FN}委", "常委", "县委常委、副县长顾明澄带队调研", "named in the headline too"),
        ("fa07", f"{FN}政府", "副县长", "县委常委、副县长顾明澄带队调研", None)], []),
    "fa:缪建国": ("缪建国", "official", FN, [
        ("fa07", f"{FN}卫健委党组", "书记", "委党组书记、主任缪建国", "bare 委 on the 卫健委's own site; org as the body writes it (县卫健委), part ap"),
        ("fa07", f"{FN}卫健委", "主任", "委党组书记、主任缪建国", None)], []),
    "fa:严晓东": ("严晓东", "official", FN, [
        ("fa07", f"{FN}卫健委党组", "成员", "党组成员、副主任严晓东", "党组成员 a post of the 党组 (part z)"),
        ("fa07", f"{FN}卫健委", "副主任", "党组成员、副主任严晓东", None)], []),
    "fa:戚晓梅": ("戚晓梅", "official", FN, [
        ("fa07", f"{FN}益林镇中心卫生院", "院长", "院长戚晓梅介绍了", None)], []),
    "fa:季春华": ("季春华", "official", FN, [
        ("fa07", f"{FN}人民医院党委", "书记", "县人民医院党委书记季春华、院长孙博远", "bare 县人民医院 = 阜宁县's here")], []),
    "fa:孙博远#1": ("孙博远", "official", FN, [
        ("fa07", f"{FN}人民医院", "院长", "县人民医院党委书记季春华、院长孙博远", "阜宁 (江苏), 2023-11; not the 孙博远 of 衡阳县 (fa10)")], []),
    "fa:蔡立新": ("蔡立新", "official", FN, [
        ("fa07", f"{FN}中医院", "院长", "县中医院院长蔡立新", None)], []),
    # ---- 广东 韶关: 翁源县, 曲江区
    "fa:植伟铭": ("植伟铭", "official", "韶关市", [
        ("fa08", f"{WY}委", "副书记", "县委副书记、县长植伟铭带队", "2022-09 (identity case: 韶关市副市长 in 2024, fa09); named in the headline too"),
        ("fa08", f"{WY}政府", "县长", "县委副书记、县长植伟铭带队", None),
        ("fa09", "韶关市政府", "副市长", "副市长植伟铭到曲江区调研", "2024-08: now 副市长 (bare 副市长 in the 韶关日报)")], []),
    "fa:温丽芸": ("温丽芸", "official", WY, [
        ("fa08", f"{WY}政府", "副县长", "副县长温丽芸", None)], []),
    "fa:赖国栋": ("赖国栋", "official", WY, [
        ("fa08", f"{WY}教育局党组", "书记", "县教育局党组书记、局长赖国栋", None),
        ("fa08", f"{WY}教育局", "局长", "县教育局党组书记、局长赖国栋", None)], []),
    "fa:邱少珩": ("邱少珩", "official", WY, [
        ("fa08", "翁源中学", "校长", "校长邱少珩汇报了", "DECIDED HERE: a school named with the county's short name is kept as written")], []),
    "fa:曾凡栋": ("曾凡栋", "official", WY, [
        ("fa08", f"{WY}官渡镇党委", "书记", "官渡镇党委书记曾凡栋", None)], []),
    "fa:叶嘉敏": ("叶嘉敏", "official", "韶关市", [
        ("fa09", "韶关市政府", "副秘书长", "市政府副秘书长叶嘉敏", None)], []),
    "fa:欧阳泓": ("欧阳泓", "official", "韶关市", [
        ("fa09", "韶关市教育局党组", "书记", "市教育局党组书记、局长欧阳泓", None),
        ("fa09", "韶关市教育局", "局长", "市教育局党组书记、局长欧阳泓", None)], []),
    "fa:钟卓然": ("钟卓然", "official", QJ, [
        ("fa09", f"{QJ}委", "副书记", "曲江区委副书记、区长钟卓然", "曲江区: one district of that name, no city prefix"),
        ("fa09", f"{QJ}政府", "区长", "曲江区委副书记、区长钟卓然", None)], []),
    "fa:罗永祺": ("罗永祺", "official", QJ, [
        ("fa09", f"{QJ}政府", "副区长", "副区长罗永祺", "bare 副区长 after 曲江区's 区长")], []),
    "fa:巫健明": ("巫健明", "official", QJ, [
        ("fa09", f"{QJ}人民医院", "院长", "院长巫健明汇报了", "``在曲江区人民医院，院长…``")], []),
    # ---- 湖南 衡阳: 衡阳县
    "fa:贺鹏翔": ("贺鹏翔", "official", HY, [
        ("fa10", f"{HY}委", "副书记", "县委副书记、县长贺鹏翔带队", "named in the headline too"),
        ("fa10", f"{HY}政府", "县长", "县委副书记、县长贺鹏翔带队", None)], []),
    "fa:孙博远#2": ("孙博远", "official", HY, [
        ("fa10", f"{HY}委", "常委", "县委常委、副县长孙博远", "衡阳县 (湖南), 2023-09; not the 孙博远 of 阜宁县 (fa07)"),
        ("fa10", f"{HY}政府", "副县长", "县委常委、副县长孙博远", None)], []),
    "fa:旷文斌": ("旷文斌", "official", HY, [
        ("fa10", f"{HY}教育局党组", "书记", "县教育局党组书记、局长旷文斌", None),
        ("fa10", f"{HY}教育局", "局长", "县教育局党组书记、局长旷文斌", None)], []),
    "fa:彭湘云": ("彭湘云", "official", HY, [
        ("fa10", f"{HY}西渡镇城西学校", "校长", "校长彭湘云介绍", "``在西渡镇城西学校…校长…``: a town's school takes the county label")], []),
    "fa:匡丽华": ("匡丽华", "professional", HY, [], ["fa10"]),
    "fa:阳春生": ("阳春生", "professional", HY, [], ["fa10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fa01", "杨晓雯", "责任编辑", "editor", "责任编辑：杨晓雯"),
    ("fa02", "唐诗涵", "记者", "reporter", "本报讯（记者 唐诗涵 通讯员 邓凯）"),
    ("fa02", "邓凯", "通讯员", "correspondent", "本报讯（记者 唐诗涵 通讯员 邓凯）"),
    ("fa02", "曾俊熙", "记者", "reporter", "本报讯（记者 曾俊熙）"),
    ("fa02", "陶若溪", "责任编辑", "editor", "责任编辑：陶若溪"),
    ("fa03", "马婧怡", "供稿", "author", "供稿：县教育局办公室　马婧怡"),
    ("fa03", "禄雅琴", "编辑", "editor", "编辑：禄雅琴"),
    ("fa03", "闫志朋", "审核", "editor", "审核：闫志朋"),
    ("fa04", "冯子衿", "记者", "reporter", "本报讯（记者 冯子衿 通讯员 柴永红）"),
    ("fa04", "柴永红", "通讯员", "correspondent", "本报讯（记者 冯子衿 通讯员 柴永红）"),
    ("fa04", "孟文静", "责任编辑", "editor", "责任编辑：孟文静"),
    ("fa05", "常雨萌", "责任编辑", "editor", "责任编辑：常雨萌"),
    ("fa06", "聂红雁", "记者", "reporter", "（记者 聂红雁　通讯员 孟令琦）"),
    ("fa06", "孟令琦", "通讯员", "correspondent", "（记者 聂红雁　通讯员 孟令琦）"),
    ("fa06", "刘思语", "责任编辑", "editor", "【责任编辑：刘思语】"),
    ("fa07", "朱婷婷", "供稿", "author", "供稿：医政医管科　朱婷婷"),
    ("fa07", "沈嘉芮", "审核", "editor", "审核：沈嘉芮"),
    ("fa08", "黄诗婷", "责任编辑", "editor", "责任编辑：黄诗婷"),
    ("fa09", "廖欣怡", "记者", "reporter", "本报讯（记者 廖欣怡 通讯员 陈颖）"),
    ("fa09", "陈颖", "通讯员", "correspondent", "本报讯（记者 廖欣怡 通讯员 陈颖）"),
    ("fa09", "何思敏", "责任编辑", "editor", "责任编辑：何思敏"),
    ("fa10", "旷雪梅", "作者", "author", "作者：旷雪梅"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fa01", "县人民医院迁建项目和紧密型县域医共体建设调研", "inspection (调研)", "4月15日", None, "蒲正峰", [],
     ["符晓帆", "喻德昆", "付思远", "税兴国"], ["岑海鹏", "敬世林"], "大英县",
     "县委书记蒲正峰到县人民医院迁建项目施工现场和蓬莱镇中心卫生院，调研重点民生项目建设和紧密型县域医共体建设工作",
     ["县委书记蒲正峰到县人民医院迁建项目施工现场", _F01_FU, "院长岑海鹏介绍了迁建项目总体规划", "县人民医院党委书记敬世林汇报了"]),
    ("fa01", "县人民医院迁建项目现场办公会", "meeting (现场办公会)", "4月15日", "蒲正峰", None, [],
     [], ["税兴国", "付思远", "蒲正峰", "符晓帆", "喻德昆"], "大英县",
     "随后，蒲正峰主持召开现场办公会",
     ["蒲正峰主持召开现场办公会", "税兴国汇报了全县医疗卫生项目推进情况", "付思远就项目专项债券申报作了说明", "蒲正峰指出",
      "符晓帆要求", "喻德昆就医共体绩效考核和卫技人才招引作了具体安排"]),
    ("fa02", "大英县紧密型县域医共体建设调研", "inspection (调研)", "5月17日", None, "龚泽民", [],
     ["喻德昆", "岑海鹏"], ["何婉莹"], "大英县",
     "市卫健委党组书记、主任龚泽民带队到大英县，调研紧密型县域医共体建设和基层医疗卫生服务能力提升工作",
     ["主任龚泽民带队到大英县", "大英县委常委、副县长喻德昆，县卫生健康局党组书记、局长岑海鹏陪同调研", "院长何婉莹介绍了"]),
    ("fa02", "座谈会", "meeting (座谈会)", "5月17日", None, None, [],
     [], ["岑海鹏", "敬世林", "龚泽民", "喻德昆"], "大英县",
     "在随后召开的座谈会上，岑海鹏汇报了大英县医共体建设推进情况",
     ["岑海鹏汇报了大英县医共体建设推进情况", "院长敬世林就县域医学检验中心建设作了发言", "龚泽民指出", "喻德昆表示"]),
    ("fa02", "蓬溪县中医医院迁建项目开工仪式", "ceremony (开工仪式)", "5月18日", None, None, [],
     [], ["冉柏松", "阙明远", "谌丽娟"], "赤城镇",
     "5月18日，蓬溪县中医医院迁建项目开工仪式在赤城镇举行",
     ["蓬溪县委书记冉柏松宣布项目开工", "县长阙明远致辞", "县中医医院党委书记谌丽娟作表态发言"]),
    ("fa03", "教师节看望慰问一线教师", "visit (慰问)", "9月8日", None, "窦立群", [],
     ["闵秀芝", "景海燕", "柳文博"], ["朵永祥", "窦立群", "景海燕", "柳文博"], "庄浪县",
     "县委书记窦立群带队到庄浪县第一中学、水洛镇东关小学和朱店镇中心小学，看望慰问一线教师",
     ["县委书记窦立群带队到庄浪县第一中学", "县委常委、宣传部部长闵秀芝，副县长景海燕，县教育局党组书记、局长柳文博陪同慰问",
      "校长朵永祥汇报了", "窦立群指出", "景海燕要求", "柳文博表示"]),
    ("fa04", "高考首日巡考", "inspection (巡考)", "6月7日", None, "窦立群", [],
     ["雒建斌", "柳文博", "权佳音"], ["朵永祥", "窦立群", "雒建斌", "柳文博", "权佳音"], "庄浪县",
     "庄浪县委书记窦立群，县委副书记、县长雒建斌先后到庄浪县第一中学考点、庄浪县紫荆中学考点巡考",
     ["庄浪县委书记窦立群，县委副书记、县长雒建斌先后到", "副县长柳文博，县教育局党组书记、局长权佳音参加巡考",
      "校长朵永祥介绍了考点考务安排", "窦立群强调", "要求公安、交通、卫健、供电等部门各司其职", "柳文博就考试期间的食品安全",
      "权佳音表示"]),
    ("fa05", "秋季开学准备工作检查", "inspection (检查)", "8月30日", None, "单立航", [],
     ["贾晓彤", "鲍晨阳"], ["雷振宇", "孔令涛", "单立航", "贾晓彤", "鲍晨阳"], "泌阳县",
     "县委副书记、县长单立航带领县教育体育局、住建局、市场监管局、公安局等部门负责同志，深入部分学校检查秋季开学准备工作",
     ["县长单立航带领县教育体育局", "副县长贾晓彤，县委教育工委书记、县教育体育局党组书记、局长鲍晨阳陪同检查",
      "校长雷振宇介绍", "孔令涛汇报了", "单立航指出", "贾晓彤要求", "鲍晨阳表示"]),
    ("fa06", "县人民医院新院区建设和紧密型县域医共体建设调研", "inspection (调研)", "3月20日", None, "单立航", [],
     ["滕云鹤", "樊志远", "邱敏华"], ["曹建业", "汪德厚", "单立航", "滕云鹤", "樊志远", "邱敏华"], "泌阳县",
     "泌阳县委书记单立航深入县人民医院新院区建设现场和春水镇卫生院，调研医疗卫生项目建设和紧密型县域医共体建设工作",
     ["泌阳县委书记单立航深入县人民医院新院区建设现场", "县委副书记、县长滕云鹤，县委常委、常务副县长樊志远，县卫生健康委党组书记、主任邱敏华参加调研",
      "县人民医院党委书记曹建业介绍", "院长汪德厚汇报了", "单立航强调", "滕云鹤要求", "樊志远就项目资金保障", "邱敏华表示"]),
    ("fa07", "紧密型县域医共体建设调研", "inspection (调研)", "11月15日", None, "顾明澄", [],
     ["缪建国", "严晓东"], ["戚晓梅"], "阜宁县",
     "11月15日，县委常委、副县长顾明澄带队调研紧密型县域医共体建设工作",
     ["副县长顾明澄带队调研", "委党组书记、主任缪建国，党组成员、副主任严晓东陪同调研", "院长戚晓梅介绍了"]),
    ("fa07", "座谈会", "meeting (座谈会)", "11月15日", None, None, [],
     [], ["缪建国", "季春华", "孙博远", "蔡立新", "顾明澄", "严晓东"], "阜宁县",
     "随后召开的座谈会上，缪建国汇报了全县医共体建设总体情况",
     ["缪建国汇报了全县医共体建设总体情况", "县人民医院党委书记季春华、院长孙博远，县中医院院长蔡立新分别就", "顾明澄指出",
      "严晓东就医共体信息平台建设"]),
    ("fa08", "秋季学期开学和校园安全工作检查", "inspection (检查)", "9月1日", None, "植伟铭", [],
     ["温丽芸", "赖国栋"], ["邱少珩", "曾凡栋", "植伟铭", "温丽芸", "赖国栋"], "翁源县",
     "县委副书记、县长植伟铭带队到翁源中学、县第二实验小学和官渡镇中心小学，检查秋季学期开学和校园安全工作",
     ["县长植伟铭带队到翁源中学", "副县长温丽芸，县教育局党组书记、局长赖国栋陪同检查", "校长邱少珩汇报了",
      "官渡镇党委书记曾凡栋介绍了", "植伟铭指出", "温丽芸要求", "赖国栋表示"]),
    ("fa09", "曲江区秋季开学准备和教育医疗民生项目建设调研", "inspection (调研)", "8月29日", None, "植伟铭", [],
     ["叶嘉敏", "欧阳泓", "钟卓然", "罗永祺"], ["钟卓然", "巫健明", "植伟铭", "欧阳泓"], "曲江区",
     "副市长植伟铭到曲江区调研秋季开学准备和教育、医疗民生项目建设情况",
     ["副市长植伟铭到曲江区调研", "市政府副秘书长叶嘉敏，市教育局党组书记、局长欧阳泓，曲江区委副书记、区长钟卓然，副区长罗永祺参加调研",
      "钟卓然介绍", "院长巫健明汇报了", "植伟铭指出", "欧阳泓就全市秋季学期学位保障"]),
    ("fa10", "教师节走访慰问活动", "visit (慰问)", "9月7日", None, "贺鹏翔", [],
     ["孙博远", "旷文斌"], ["彭湘云", "贺鹏翔", "孙博远", "旷文斌"], "衡阳县",
     "县委副书记、县长贺鹏翔带队走访慰问一线教师和教育工作者",
     ["县长贺鹏翔带队走访慰问", "县委常委、副县长孙博远，县教育局党组书记、局长旷文斌参加慰问", "校长彭湘云介绍",
      "贺鹏翔指出", "孙博远要求", "旷文斌表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fa01", "大英县人民医院迁建项目", "project", "蒲正峰调研大英县人民医院迁建项目"),
    ("fa02", "蓬溪县中医医院迁建项目", "project", "蓬溪县中医医院迁建项目开工"),
    ("fa03", "庄浪县第一中学学生公寓楼", "project", "加快推进庄浪县第一中学学生公寓楼"),
    ("fa03", "县第三幼儿园", "project", "县第三幼儿园等项目建设"),
    ("fa05", "泌阳县第一高级中学新校区", "project", "先后来到泌阳县第一高级中学新校区"),
    ("fa05", "泌阳县第一高级中学新校区二期", "project", "泌阳县第一高级中学新校区二期"),
    ("fa05", "县城东区九年一贯制学校", "project", "县城东区九年一贯制学校等项目建设"),
    ("fa06", "泌阳县人民医院新院区", "project", "单立航调研泌阳县人民医院新院区建设"),
    ("fa07", "县人民医院门急诊病房综合楼", "project", "加快县人民医院门急诊病房综合楼"),
    ("fa07", "县中医院康复大楼", "project", "县中医院康复大楼建设"),
    ("fa08", "县第二实验小学二期", "project", "加快推进县第二实验小学二期"),
    ("fa08", "龙仙镇第三幼儿园", "project", "龙仙镇第三幼儿园等民生项目建设"),
    ("fa09", "曲江区实验中学新校区", "project", "先后来到曲江区实验中学新校区"),
    ("fa09", "曲江区人民医院住院综合楼建设项目", "project", "曲江区人民医院住院综合楼建设项目现场"),
    ("fa10", "西渡镇城西学校综合楼", "project", "加快推进西渡镇城西学校综合楼"),
    ("fa10", "县第一中学新校区", "project", "县第一中学新校区等教育项目建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fa01", "大英县", "county", "in_project_name", "蒲正峰调研大英县人民医院迁建项目"),
    ("fa01", "蓬莱镇", "town", "in_org_reference", "和蓬莱镇中心卫生院，调研"),
    ("fa02", "大英县", "county", "standalone", "带队到大英县，调研"),
    ("fa02", "卓筒井镇", "town", "in_org_reference", "卓筒井镇中心卫生院"),
    ("fa02", "隆盛镇", "town", "in_org_reference", "隆盛镇中心卫生院"),
    ("fa02", "蓬溪县", "county", "in_project_name", "蓬溪县中医医院迁建项目开工"),
    ("fa02", "赤城镇", "town", "standalone", "开工仪式在赤城镇举行"),
    ("fa03", "庄浪县", "county", "in_project_name", "加快推进庄浪县第一中学学生公寓楼"),
    ("fa03", "水洛镇", "town", "in_org_reference", "水洛镇东关小学"),
    ("fa03", "朱店镇", "town", "in_org_reference", "朱店镇中心小学"),
    ("fa04", "庄浪县", "county", "standalone", "今年庄浪县共有3260名考生"),
    ("fa05", "泌阳县", "county", "in_project_name", "泌阳县第一高级中学新校区二期"),
    ("fa05", "泌水街道", "sub_district_office", "in_title", "泌水街道党工委书记孔令涛"),
    ("fa05", "羊册镇", "town", "in_org_reference", "羊册镇中心学校"),
    ("fa06", "泌阳县", "county", "in_title", "泌阳县委书记单立航"),
    ("fa06", "春水镇", "town", "in_org_reference", "和春水镇卫生院"),
    ("fa07", "阜宁县", "county", "standalone", "今年以来，阜宁县两个医共体"),
    ("fa07", "益林镇", "town", "in_org_reference", "和益林镇中心卫生院"),
    ("fa08", "翁源县", "county", "standalone", "今年翁源县城区"),
    ("fa08", "官渡镇", "town", "in_org_reference", "和官渡镇中心小学"),
    ("fa08", "龙仙镇", "town", "in_project_name", "龙仙镇第三幼儿园等民生项目建设"),
    ("fa09", "曲江区", "district", "standalone", "副市长植伟铭到曲江区调研"),
    ("fa09", "马坝镇", "town", "in_org_reference", "马坝镇中心幼儿园"),
    ("fa10", "衡阳县", "county", "standalone", "今年衡阳县共新招聘教师"),
    ("fa10", "西渡镇", "town", "in_org_reference", "西渡镇城西学校和演陂镇"),
    ("fa10", "演陂镇", "town", "in_org_reference", "演陂镇中心学校"),
    ("fa10", "湖南省", "province", "in_honor_title", "“湖南省乡村优秀教师”"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fa", conventions="set fa (blind set: education and health pages in 四川 遂宁 (大英县, 蓬溪县), 甘肃 平凉 (庄浪县), 河南 驻马店 (泌阳县), 江苏 盐城 (阜宁县), 广东 韶关 (翁源县, 曲江区) and 湖南 衡阳 (衡阳县): leaders' 开学 检查, 教师节 慰问 (visit), 高考 巡考 (inspection), 医共体 调研 with 座谈会 / 现场办公会, an 开工仪式; heads of public hospitals and schools hold posts of their institution (X县人民医院 院长; the hospital's or school's 党委 an org of its own: X县人民医院党委 书记 / 副书记); a town's 卫生院 or school takes the county label; 县委教育工委 → X县委教育工委; departments as written (卫生健康局, 卫生健康委, 卫健委, 教育体育局); named teachers without posts are type professional; one line per post per article)",
          persons_note="Set fa persons. id = corpus-wide person_id (fa:孙博远#1 阜宁县人民医院院长 (江苏) and fa:孙博远#2 衡阳县委常委、副县长 (湖南) are two people; fa:岑海鹏 moves 大英县人民医院院长 2021 → 县卫生健康局局长 2023; fa:柳文博 庄浪县教育局局长 2022 → 副县长 2024; fa:单立航 泌阳县长 2022 → 县委书记 2024; fa:植伟铭 翁源县长 2022 → 韶关市副市长 2024)")


if __name__ == "__main__":
    main()
