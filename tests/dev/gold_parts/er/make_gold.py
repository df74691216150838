"""Write gold part ``er`` (a blind set: minutes pages of county governments and departments — 县政府常务会议纪要,
专题会议纪要, 县长办公会议纪要 and reports, a department's 局务会议纪要 — in 安徽 池州 and 山东 菏泽) from the tables below.

Pages ``tests/dev/texts/er*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 铁岭县 信息公开 page of a 县政府常务会议 (``县长…主持召开…常务会议``,
``会议原则通过… 责成县妇联…``, ``列席人员：新闻媒体记者…``, 相关文章); the 魏县 site's 县长办公会 (``政府代县长…主持召开县长
办公会，县领导…参加会议，政府办副科级以上干部及相关部门主要负责同志列席会议``, ``会议听取了各位副县长…汇报``); a 黑山县
常务会议 page (``县委常委、副县长、县总工会主席…，副县长…参加会议…县人大常委会副主任…、县政协副主席…列席会议``); the 费县
site (``县政府第73次常务会议召开``, stamp ``2021-01-22 作者: 点击数:``, ``县委常委、副县长…，副县长…出席会议``, ``会议指出 /
会议要求 / 会议强调``, 【关闭窗口】); a 县政府党组（扩大）会议 and 常务会议 page (``县政府副县长、县政府党组成员出席会议，县人大、
县政协相关领导、县直有关部门、各镇负责人列席会议``); the 闽侯乡音报 page (``■县融媒体中心记者组 本报讯 … 县政府党组书记、县长…
主持召开县政府党组会议和县政府2025年第16次常务会议``, ``又讯``); the 秀山网 page of a 副县长's 推进会 (``编辑： 来源： 发布时间：
字号：``, 相关文章, 网友评论); the 岳西 page of a 县长's 专题会议 (``县委常委、常务副县长…，县委常委、县经济开发区党工委书记…参加
会议``); the 秦安 协调会 page (县直部门 and 镇 ``负责人参加了会议``); the 沙洋 专题会议 page (``（记者 … 通讯员 …） 来源：县融媒体
中心``); the 汉阴 县政府办 ``会议到会情况的通报`` (titled 请假 names); the 东至县 人大常委会 主任会议 page (``来源: 发布时间:… 点击
数:``, ``…出席会议，…列席会议``, 打印文章); a 常务会议纪要 范文 (``现将会议确定事项纪要如下：一、关于…有关问题 会议原则同意…``);
the 禄丰 and 兰州 常务会议 议事规则 (who 出席, who 列席, 请假 to the chair); 局务会议 rules of county departments (局长 主持,
副局长 and 股室负责人 出席, 办公室 记录 and 编发会议纪要). Places are real and new to the corpus: 安徽 池州 (东至县 three
pages, 石台县, 青阳县, the 池州日报) and 山东 菏泽 (鄄城县, 东明县 twice, the 菏泽日报).

Shapes: a county 常务会议纪要 on an 信息公开 page (索引号 / 发布机构 / 生成日期 / 文号 东政常纪〔2022〕6号) with 时　间 / 地　点 /
主　持 / 出　席 / 请　假 / 列　席 / 记　录 lines, every name titled, numbered 议定事项 naming who 牵头 (er01); a county site's
news of a 县长办公会议 (stamp with 作者, 分享到, 相关新闻; units' 主要负责同志 参加, two named reports) (er02); a 专题会议纪要
(``东至县人民政府专题会议纪要〔2024〕11号``) chaired by a 副县长, with a closing ``参加人员：name（title）、…`` line holding a company
manager, and a 记录 after the 落款 (er03); a city paper's 第A01版 with two articles: the 市政府常务会议 (市长 主持, 常务副市长,
副市长 list, 秘书长 出席; 人大 / 政协 列席) and a county's 县长办公会议 (通讯员 credit), with ``（本版编辑：… 校对：…）`` (er04); a
县长办公会议纪要 (〔2023〕第9期) with 会议时间 / 主 持 人 / 出席人员 / 请假人员 / 列席人员 / 记 录 人 lines, a 镇党委书记 and a 乡长
列席, 抄送 line (er05); a county site's 常务会议 report with a 县政府党组成员、县政府办公室主任, 人大 / 政协 列席, an author credit
``（县政府办　…）``, 上一篇 / 下一篇 (er06); a county site's 常务会议 report with a ``作者：县政府办公室`` stamp and 责任编辑 (er07);
a county department's 局务会议纪要 (``东住建纪〔2022〕7号``; 局党组书记、局长 主持; 党组成员、副局长; 四级调研员; a group 列席)
(er08); a county 专题会议纪要 (〔2024〕4号, a second ``关于…的会议纪要`` title; ``参加会议的有：title name，…`` with a 城投公司
董事长) chaired by the former 住建局局长, now 副县长 (er09); a city paper's 第03版 of a county 县长办公会议 (``本报鄄城讯（记者 …
通讯员 …）``, 本版编辑, 本版其他新闻 list) (er10).

Identity cases:
- er:聂广川: 东至县委副书记、县长 chairing the 常务会议 (er01, Apr 2022) and the 县长办公会议 (er02, Mar 2023) → 池州市副市长
  at the 市政府常务会议 (er04, Sept 2024).
- er:柯守义: 东至县委常委、常务副县长 (er01, Apr 2022; er02, Mar 2023) → 石台县委副书记、县长 chairing its 县长办公会议 (er05,
  Nov 2023).
- er:詹卫平: 东至县发展改革委主任 列席 the 常务会议 (er01, 2022) → 东至县副县长 chairing a 专题会议 (er03, June 2024), where
  er:胡明轩 is the new 发展改革委主任.
- er:殷建华: 青阳县委常委、常务副县长 (er06, Aug 2022) → 青阳县委副书记、县长 (er04 article 2, Sept 2024).
- er:穆振华: 东明县住房和城乡建设局党组书记、局长 chairing its 局务会议 (er08, July 2022) → 东明县副县长 chairing a 专题会议
  (er09, Mar 2024), where er:袁建军 is the new 住建局局长.
- er:孙立春#2: 鄄城县副县长 (er07, May 2023) → 鄄城县委常委、常务副县长 (er10, Apr 2025).
- two different 孙立春 in unrelated places, both 副县长 at first: er:孙立春#1 is 青阳县副县长 (安徽 池州; er06 2022, er04 2024);
  er:孙立春#2 is 鄄城县副县长, later 常务副县长 (山东 菏泽; er07, er10).
- the same officials in two pages: er:吴佩琳 (东至 副县长, er01, er02), er:鲍仁杰 (东至县自然资源和规划局局长, er01, er03),
  er:马向东 (鄄城 县长, er07, er10), er:蔺晓华 (鄄城 副县长, er07, er10), er:汤雪梅 (青阳 副县长, er06, er04).
- one organ name in several places: bare ``县发展改革委主任`` is 东至's (er01, er03), 石台's (er05) and 青阳's (er06); bare
  ``县住房和城乡建设局局长`` is 东至's (er02) and 东明's (er09); ``县政府办公室主任`` is 东至's (er01), 石台's (er05), 青阳's (er06) and
  鄄城's (er10); bare ``县委副书记、县长`` is 东至's, 石台's, 青阳's and 鄄城's on their own pages.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts bo and ch where they speak; decided here where they are silent):
- Field lines (bo, ch): a titled name on the 主持 / 出席 / 请假 / 列席 line gives its holdings; a chain gives one line per organ
  (``县委副书记、县长`` → X县委 副书记 + X县政府 县长; ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长); a list after
  one title gives it to every name (``副县长吴佩琳、方庆余``); one line per post per article (the field line is used when an item
  repeats the title). A titled 请假 is a holding but no attendee (bo). 列席 persons are attendees. ``记录：`` / ``记 录 人：``
  is a reporters line, label 记录 / 记录人, role author (bo, ch). A person titled only inside a 议定事项 (``县住房和城乡建设局局长
  章国华牵头``) holds the post but is no attendee, and 牵头 / 负责 is no speaking (ch).
- Bare organs take the page's place: 县委 / 县政府办公室 / 县发展改革委 / 县财政局 / 县X局 / 镇 on a county's site and in a county's
  纪要 = that county's (东至县发展改革委, 石台县文化旅游体育局, 鄄城县发展和改革局, as written after the county); 市委 / 市政府 /
  市人大常委会 / 市政协 in the 池州日报 = 池州市's; in the 池州日报's county item a bare ``副县长`` after ``青阳县委副书记、县长`` is
  青阳's (bs). A town's 党委书记 → X县Y镇党委 书记; 镇长 / 乡长 → X县Y镇政府 镇长 / X县Y乡政府 乡长; 街道办事处主任 →
  X县Y街道办事处 主任 (bo). ``县政府党组成员、县政府办公室主任`` → X县政府党组 成员 + X县政府办公室 主任 (part ah).
- DECIDED HERE: on a department's own 局务会议纪要 the bare ``局党组书记、局长``, ``党组成员、副局长`` and the rank ``四级调研员``
  are that department's: 东明县住房和城乡建设局党组 书记 / 成员 and 东明县住房和城乡建设局 局长 / 副局长 / 四级调研员 (ranks as
  CONVENTIONS; 党组 only with 书记 / 成员, as z). A group 列席 line (``局机关各股室、局属各单位主要负责人``) names no attendee.
- DECIDED HERE: a closing ``参加人员：name（title）、…`` line (er03) and a ``参加会议的有：title name，…`` sentence (er09) give the
  holdings as titled names do, and every person named in them is an attendee of the 专题会议. A company role among them
  (``国网东至县供电公司经理``, ``县城投公司董事长``) is no post (CONVENTIONS); the person is still an attendee (type
  company_executive).
- DECIDED HERE: the 纪要's number (``东政常纪〔2022〕6号``, ``东住建纪〔2022〕7号``, ``〔2023〕第9期``, ``〔2024〕4号``) names no
  person, post or place: the short forms 东政 / 东住建 are no places. The county written in full in the 纪要's own title or
  series line (``东至县人民政府第二十六次常务会议纪要``, ``东至县人民政府专题会议纪要〔2024〕11号``, ``石台县人民政府县长办公会议
  纪要``, ``东明县住房和城乡建设局局务会议纪要``, ``东明县人民政府专题会议纪要``) is a place (context in_org_reference, as bo09's
  肇庆高新区): it is article text, not chrome. The 落款 (``东至县人民政府办公室``) is not annotated (bo).
- DECIDED HERE: a 县长办公会议 (or 专题会议) report whose units' ``主要负责同志参加会议`` are unnamed has only the named 出席 as
  attendees; a 局长 / 镇长 whose 汇报 the meeting 听取了 is a speaker (ch), not an attendee, when no attendance line names them
  (er02, er10). Units' 汇报 (``听取了大渡口镇和县发展改革委的情况汇报``) give no speaker.
- DECIDED HERE (a paper page with two articles, er04): spans run from one headline to the next, so the page's closing
  ``（本版编辑：… 校对：…）`` falls in the last article and its editors are credited there, as in the other parts' papers.
- Events: each 纪要 and each 常务会议 / 县长办公会议 report is one meeting (``meeting (县政府常务会议)``, ``(市政府常务会议)``,
  ``(县长办公会议)``, ``(县政府专题会议)``, ``(局务会议)``): chair = 主持; attendees = titled or listed 出席 / 列席 / 参加 names (not
  请假, not the chair, not 记录); speakers = 强调 / 指出 / 要求 / 作了安排 by a named person and a named official whose 汇报 the
  meeting 听取了; place = the venue when written. Meetings whose 精神 is relayed (全省经济运行调度会议, 全市城建领域安全生产视频
  会议) are no events.
- Projects: works named in a 议定事项 or a report as to be built, pushed or reported: 综合治理工程 (river works)
  ``engineering_work``; 岸线生态修复 / 湿地生态修复 ``greening_project``; 老旧小区 / 棚户区改造 ``housing_project`` (as ch, the
  unnamed ``城区老旧小区改造项目`` too); 供水 / 供热管网 / 雨污分流 / 污水处理厂 works ``infrastructure_project``; 产业园 (and its
  phases) ``industrial_park``; a 港口物流园 phase ``logistics_hub``; schools, a 游客服务中心 and a 历史文化街区 ``project``; a 示范区
  and a 迁建社区 配套 project ``project``. Plans and 办法 in 《》 are documents.
- Places: one line per name per file, named as the evidence writes it; places inside headlines, organ references, titles,
  project names and document titles count; site lines, mastheads, breadcrumbs, 发布机构, 落款, 抄送, footers, 上一篇 / 下一篇,
  相关新闻 and 本版其他新闻 lists are not annotated; places inside company names (国网东至县供电公司) are not (tests/gold README).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

DZ, ST, QY, CZ, JC, DM = "东至县", "石台县", "青阳县", "池州市", "鄄城县", "东明县"
ZJJ = "东明县住房和城乡建设局"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "er01_dongzhi.txt": (2022, "生成日期：2022-04-22", DZ, [
        ("东至县人民政府第二十六次常务会议纪要", "2022年4月19日上午", "2022-04-19", "时　间：2022年4月19日上午8:30",
         "county 常务会议纪要 on an 信息公开 page (东政常纪〔2022〕6号): titled names on 主持 / 出席 / 请假 / 列席; 议定事项 with 牵头 officials")]),
    "er02_dongzhi.txt": (2023, "发布时间：2023-03-17 09:42", DZ, [
        ("聂广川主持召开县长办公会议 研究城区学校建设等工作", "3月16日下午", "2023-03-16", "3月16日下午，县委副书记",
         "county site news: 县长办公会议; 常务副县长 and 副县长 出席; a 局长 and a 镇长 report; units' heads unnamed")]),
    "er03_dongzhi.txt": (2024, "发布日期：2024-06-14", DZ, [
        ("关于大渡口镇长江岸线生态修复和港口物流园建设有关问题的会议纪要", "2024年6月12日下午", "2024-06-12", "2024年6月12日下午，副县长",
         "专题会议纪要〔2024〕11号 chaired by 副县长 詹卫平 (formerly 发展改革委主任); 参加人员 name（title） incl. a 供电公司经理")]),
    "er04_chizhou.txt": (2024, "2024年09月06日　星期五", CZ, [
        ("市政府召开第四十一次常务会议", "9月5日", "2024-09-05", "本报讯（记者 章晓雯）9月5日",
         "city paper: 市政府常务会议 (市长 主持; 常务副市长; 副市长 聂广川, formerly 东至县长; 秘书长; 人大 / 政协 列席)"),
        ("青阳县召开县长办公会议", "9月3日", "2024-09-03", "本报讯（通讯员 徐可馨）9月3日",
         "city paper: 青阳县 县长办公会议 (殷建华, formerly 常务副县长, now 县长; 副县长 孙立春#1)")]),
    "er05_shitai.txt": (2023, "发布时间：2023-11-13 15:26", ST, [
        ("石台县人民政府县长办公会议纪要", "2023年11月8日下午", "2023-11-08", "会议时间：2023年11月8日下午",
         "县长办公会议纪要〔2023〕第9期 chaired by 柯守义 (formerly 东至 常务副县长); titled 请假; 镇党委书记 and 乡长 列席")]),
    "er06_qingyang.txt": (2022, "发布时间：2022-08-26 17:05", QY, [
        ("县政府召开第十八次常务会议", "8月25日上午", "2022-08-25", "8月25日上午，县委副书记",
         "county site: 常务会议 report; 县政府党组成员、县政府办公室主任; 人大 / 政协 列席; 发展改革委主任 reports")]),
    "er07_juancheng.txt": (2023, "2023-05-12", JC, [
        ("县政府召开第二十九次常务会议", "5月11日", "2023-05-11", "5月11日，县委副书记",
         "county site: 常务会议 report; 副县长 孙立春#2; 人大 / 政协 列席; 发展和改革局局长 reports")]),
    "er08_dongming.txt": (2022, "发布时间：2022-07-15", DM, [
        ("东明县住房和城乡建设局局务会议纪要", "2022年7月13日上午", "2022-07-13", "时间：2022年7月13日上午",
         "department's 局务会议纪要 (东住建纪〔2022〕7号): 局党组书记、局长 主持; 党组成员、副局长; 四级调研员; group 列席")]),
    "er09_dongming.txt": (2024, "发布日期：2024-03-22", DM, [
        ("东明县人民政府专题会议纪要", "3月20日上午", "2024-03-20", "3月20日上午，副县长",
         "county 专题会议纪要〔2024〕4号 chaired by 副县长 穆振华 (formerly 住建局局长); 参加会议的有 title name incl. a 城投公司董事长")]),
    "er10_heze.txt": (2025, "2025年4月18日　星期五", JC, [
        ("鄄城召开县长办公会议研究发制品出口和滩区产业发展", "4月16日", "2025-04-16", "本报鄄城讯（记者 刘晓霏 通讯员 孔昭晖）4月16日",
         "city paper 第03版: 鄄城 县长办公会议; 孙立春#2 now 县委常委、常务副县长; a 商务局局长 reports")]),
}

_E01K = "出　席：县委常委、常务副县长柯守义，副县长吴佩琳、方庆余"
_E02K = "县委常委、常务副县长柯守义，副县长吴佩琳出席会议"
_E04A = "副市长聂广川、汪婷婷"
_E06K = "县委常委、常务副县长殷建华，副县长孙立春、汤雪梅"
_E07K = "县委常委、常务副县长田广亮，副县长孙立春、蔺晓华出席会议"
_E10K = "县委常委、常务副县长孙立春，副县长蔺晓华出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 池州: 东至县
    "er:聂广川": ("聂广川", "official", CZ, [
        ("er01", f"{DZ}委", "副书记", "主　持：县委副书记、县长聂广川", "2022-04 (identity case: 池州市副市长 in 2024, er04)"),
        ("er01", f"{DZ}政府", "县长", "主　持：县委副书记、县长聂广川", None),
        ("er02", f"{DZ}委", "副书记", "3月16日下午，县委副书记、县长聂广川", "2023-03; named in the headline too"),
        ("er02", f"{DZ}政府", "县长", "3月16日下午，县委副书记、县长聂广川", None),
        ("er04", f"{CZ}政府", "副市长", _E04A, "2024-09: now 池州市副市长 (list after one title)")], []),
    "er:柯守义": ("柯守义", "official", ST, [
        ("er01", f"{DZ}委", "常委", _E01K, "2022-04 (identity case: 石台县长 in Nov 2023, er05)"),
        ("er01", f"{DZ}政府", "常务副县长", _E01K, "the item's ``由县委常委、常务副县长柯守义牵头``: same posts, one line"),
        ("er02", f"{DZ}委", "常委", _E02K, "2023-03"),
        ("er02", f"{DZ}政府", "常务副县长", _E02K, None),
        ("er05", f"{ST}委", "副书记", "主 持 人：县委副书记、县长柯守义", "2023-11: moved to 石台县 (bare 县委 in the 石台 纪要)"),
        ("er05", f"{ST}政府", "县长", "主 持 人：县委副书记、县长柯守义", None)], []),
    "er:吴佩琳": ("吴佩琳", "official", DZ, [
        ("er01", f"{DZ}政府", "副县长", _E01K, "list after one title"),
        ("er02", f"{DZ}政府", "副县长", _E02K, "2023")], []),
    "er:方庆余": ("方庆余", "official", DZ, [
        ("er01", f"{DZ}政府", "副县长", _E01K, "list after one title")], []),
    "er:桂晓松": ("桂晓松", "official", DZ, [
        ("er01", f"{DZ}政府", "副县长", "请　假：副县长桂晓松（在市委党校学习）", "titled 请假: a holding, not an attendee (bo)")], []),
    "er:陶文俊": ("陶文俊", "official", DZ, [
        ("er01", f"{DZ}政府办公室", "主任", "县政府办公室主任陶文俊", "列席")], []),
    "er:詹卫平": ("詹卫平", "official", DZ, [
        ("er01", f"{DZ}发展改革委", "主任", "县发展改革委主任詹卫平", "2022-04, 列席 (and reports in item 一) (identity case: 副县长 in 2024, er03)"),
        ("er03", f"{DZ}政府", "副县长", "2024年6月12日下午，副县长詹卫平", "2024-06: now 副县长, chairs the 专题会议")], []),
    "er:叶德胜": ("叶德胜", "official", DZ, [
        ("er01", f"{DZ}财政局", "局长", "县财政局局长叶德胜", "列席 (named again in item 三: one line)")], []),
    "er:鲍仁杰": ("鲍仁杰", "official", DZ, [
        ("er01", f"{DZ}自然资源和规划局", "局长", "县自然资源和规划局局长鲍仁杰", "2022, 列席"),
        ("er03", f"{DZ}自然资源和规划局", "局长", "鲍仁杰（县自然资源和规划局局长）", "2024, 参加人员")], []),
    "er:程丽萍": ("程丽萍", "official", DZ, [
        ("er01", f"{DZ}尧渡镇党委", "书记", "尧渡镇党委书记程丽萍", "列席: a town's 党委书记")], []),
    "er:查美玲": ("查美玲", "official", DZ, [
        ("er02", f"{DZ}教育体育局", "局长", "县教育体育局局长查美玲", "reports; no attendance line names her")], []),
    "er:许承志": ("许承志", "official", DZ, [
        ("er02", f"{DZ}香隅镇政府", "镇长", "香隅镇镇长许承志", "a town's 镇长 → the town's 政府")], []),
    "er:章国华": ("章国华", "official", DZ, [
        ("er02", f"{DZ}住房和城乡建设局", "局长", "县住房和城乡建设局局长章国华", "named in a decision only (牵头): holding, no attendee (ch)")], []),
    "er:胡明轩": ("胡明轩", "official", DZ, [
        ("er03", f"{DZ}发展改革委", "主任", "胡明轩（县发展改革委主任）", "the post 詹卫平 held in 2022; also ``由县发展改革委主任胡明轩具体负责`` (one line)")], []),
    "er:纪文杰": ("纪文杰", "official", DZ, [
        ("er03", f"{DZ}政府办公室", "副主任", "纪文杰（县政府办公室副主任）", "DECIDED HERE: name（title） on a 参加人员 line")], []),
    "er:黄立勤": ("黄立勤", "official", DZ, [
        ("er03", f"{DZ}财政局", "副局长", "黄立勤（县财政局副局长）", None)], []),
    "er:黄志勇": ("黄志勇", "official", DZ, [
        ("er03", f"{DZ}大渡口镇政府", "镇长", "黄志勇（大渡口镇镇长）", None)], []),
    "er:舒建明": ("舒建明", "company_executive", DZ, [], ["er03"]),
    # ---- 池州: the 市政府 and 青阳县
    "er:檀正国": ("檀正国", "official", CZ, [
        ("er04", f"{CZ}委", "副书记", "市委副书记、市长檀正国", None),
        ("er04", f"{CZ}政府", "市长", "市委副书记、市长檀正国", None)], []),
    "er:钱立行": ("钱立行", "official", CZ, [
        ("er04", f"{CZ}委", "常委", "市委常委、常务副市长钱立行", None),
        ("er04", f"{CZ}政府", "常务副市长", "市委常委、常务副市长钱立行", None)], []),
    "er:汪婷婷": ("汪婷婷", "official", CZ, [
        ("er04", f"{CZ}政府", "副市长", _E04A, "list after one title")], []),
    "er:丁立新": ("丁立新", "official", CZ, [
        ("er04", f"{CZ}政府", "秘书长", "市政府秘书长丁立新", None)], []),
    "er:姚春生": ("姚春生", "official", CZ, [
        ("er04", f"{CZ}人大常委会", "副主任", "市人大常委会副主任姚春生", "列席")], []),
    "er:宋慧敏": ("宋慧敏", "official", CZ, [
        ("er04", f"{CZ}政协", "副主席", "市政协副主席宋慧敏", "列席")], []),
    "er:殷建华": ("殷建华", "official", QY, [
        ("er06", f"{QY}委", "常委", "县委常委、常务副县长殷建华，", "2022-08 (identity case: 县长 in 2024, er04 A2)"),
        ("er06", f"{QY}政府", "常务副县长", "县委常委、常务副县长殷建华，", "repeated in a decision (统筹推进): one line"),
        ("er04", f"{QY}委", "副书记", "青阳县委副书记、县长殷建华", "2024-09: now 县长"),
        ("er04", f"{QY}政府", "县长", "青阳县委副书记、县长殷建华", None)], []),
    "er:孙立春#1": ("孙立春", "official", QY, [
        ("er06", f"{QY}政府", "副县长", _E06K, "青阳县 (安徽 池州), 2022; not the 孙立春 of 鄄城县 (er07, er10)"),
        ("er04", f"{QY}政府", "副县长", "副县长孙立春、汤雪梅参加会议", "2024: bare 副县长 after 青阳县委副书记、县长 in the 池州日报")], []),
    "er:汤雪梅": ("汤雪梅", "official", QY, [
        ("er06", f"{QY}政府", "副县长", _E06K, "2022"),
        ("er04", f"{QY}政府", "副县长", "副县长孙立春、汤雪梅参加会议", "2024")], []),
    "er:何立伟": ("何立伟", "official", QY, [
        ("er06", f"{QY}委", "副书记", "8月25日上午，县委副书记、县长何立伟", None),
        ("er06", f"{QY}政府", "县长", "8月25日上午，县委副书记、县长何立伟", None)], []),
    "er:朱海波": ("朱海波", "official", QY, [
        ("er06", f"{QY}政府党组", "成员", "县政府党组成员、县政府办公室主任朱海波", "党组成员 is a post of the 党组 (parts z, ah)"),
        ("er06", f"{QY}政府办公室", "主任", "县政府党组成员、县政府办公室主任朱海波", None)], []),
    "er:章秀兰": ("章秀兰", "official", QY, [
        ("er06", f"{QY}人大常委会", "副主任", "县人大常委会副主任章秀兰", "列席")], []),
    "er:程明亮": ("程明亮", "official", QY, [
        ("er06", f"{QY}政协", "副主席", "县政协副主席程明亮", "列席")], []),
    "er:柳志强": ("柳志强", "official", QY, [
        ("er06", f"{QY}发展改革委", "主任", "县发展改革委主任柳志强", "reports; bare 县发展改革委 = 青阳's here")], []),
    # ---- 池州: 石台县
    "er:金梦瑶": ("金梦瑶", "official", ST, [
        ("er05", f"{ST}政府", "副县长", "出席人员：副县长金梦瑶、章立波", "list after one title")], []),
    "er:章立波": ("章立波", "official", ST, [
        ("er05", f"{ST}政府", "副县长", "出席人员：副县长金梦瑶、章立波", None)], []),
    "er:陈晓蓉": ("陈晓蓉", "official", ST, [
        ("er05", f"{ST}政府", "副县长", "请假人员：副县长陈晓蓉", "titled 请假: a holding, not an attendee")], []),
    "er:翟德明": ("翟德明", "official", ST, [
        ("er05", f"{ST}政府办公室", "主任", "县政府办公室主任翟德明", "列席")], []),
    "er:汪景涛": ("汪景涛", "official", ST, [
        ("er05", f"{ST}发展改革委", "主任", "县发展改革委主任汪景涛，", "列席; bare 县发展改革委 = 石台's here")], []),
    "er:项红霞": ("项红霞", "official", ST, [
        ("er05", f"{ST}文化旅游体育局", "局长", "县文化旅游体育局局长项红霞，", "列席; reports in item 一")], []),
    "er:唐光耀": ("唐光耀", "official", ST, [
        ("er05", f"{ST}仙寓镇党委", "书记", "仙寓镇党委书记唐光耀", "列席")], []),
    "er:程晓光": ("程晓光", "official", ST, [
        ("er05", f"{ST}矶滩乡政府", "乡长", "矶滩乡乡长程晓光", "列席; a 乡长 → the 乡's 政府")], []),
    # ---- 菏泽: 鄄城县
    "er:马向东": ("马向东", "official", JC, [
        ("er07", f"{JC}委", "副书记", "5月11日，县委副书记、县长马向东", "2023"),
        ("er07", f"{JC}政府", "县长", "5月11日，县委副书记、县长马向东", None),
        ("er10", f"{JC}委", "副书记", "鄄城县委副书记、县长马向东", "2025"),
        ("er10", f"{JC}政府", "县长", "鄄城县委副书记、县长马向东", None)], []),
    "er:田广亮": ("田广亮", "official", JC, [
        ("er07", f"{JC}委", "常委", _E07K, None),
        ("er07", f"{JC}政府", "常务副县长", _E07K, None)], []),
    "er:孙立春#2": ("孙立春", "official", JC, [
        ("er07", f"{JC}政府", "副县长", _E07K, "鄄城县 (山东 菏泽), 2023; not the 孙立春 of 青阳县 (er04, er06)"),
        ("er10", f"{JC}委", "常委", _E10K, "2025: now 县委常委、常务副县长 (the post 田广亮 held in 2023)"),
        ("er10", f"{JC}政府", "常务副县长", _E10K, None)], []),
    "er:蔺晓华": ("蔺晓华", "official", JC, [
        ("er07", f"{JC}政府", "副县长", _E07K, "2023"),
        ("er10", f"{JC}政府", "副县长", _E10K, "2025")], []),
    "er:贾秋生": ("贾秋生", "official", JC, [
        ("er07", f"{JC}人大常委会", "副主任", "县人大常委会副主任贾秋生", "列席")], []),
    "er:魏淑芳": ("魏淑芳", "official", JC, [
        ("er07", f"{JC}政协", "副主席", "县政协副主席魏淑芳", "列席")], []),
    "er:岳振华": ("岳振华", "official", JC, [
        ("er07", f"{JC}发展和改革局", "局长", "县发展和改革局局长岳振华", "reports; as written (山东: 发展和改革局)")], []),
    "er:郝俊岭": ("郝俊岭", "official", JC, [
        ("er10", f"{JC}政府办公室", "主任", "县政府办公室主任郝俊岭", None)], []),
    "er:庞启伟": ("庞启伟", "official", JC, [
        ("er10", f"{JC}商务局", "局长", "县商务局局长庞启伟", "reports")], []),
    # ---- 菏泽: 东明县
    "er:穆振华": ("穆振华", "official", DM, [
        ("er08", f"{ZJJ}党组", "书记", "主持：局党组书记、局长穆振华", "2022-07; DECIDED HERE: bare 局 on the department's own 纪要 (identity case: 副县长 in 2024, er09)"),
        ("er08", ZJJ, "局长", "主持：局党组书记、局长穆振华", None),
        ("er09", f"{DM}政府", "副县长", "3月20日上午，副县长穆振华", "2024-03: now 副县长")], []),
    "er:任建新": ("任建新", "official", DM, [
        ("er08", f"{ZJJ}党组", "成员", "党组成员、副局长任建新", None),
        ("er08", ZJJ, "副局长", "党组成员、副局长任建新", None)], []),
    "er:侯丽君": ("侯丽君", "official", DM, [
        ("er08", f"{ZJJ}党组", "成员", "党组成员、副局长侯丽君", None),
        ("er08", ZJJ, "副局长", "党组成员、副局长侯丽君", None)], []),
    "er:牛庆山": ("牛庆山", "official", DM, [
        ("er08", ZJJ, "四级调研员", "四级调研员牛庆山", "rank on the department's own 纪要 = the department's (CONVENTIONS)")], []),
    "er:袁建军": ("袁建军", "official", DM, [
        ("er09", ZJJ, "局长", "县住房和城乡建设局局长袁建军", "the post 穆振华 held in 2022")], []),
    "er:雷宏伟": ("雷宏伟", "official", DM, [
        ("er09", f"{DM}自然资源和规划局", "局长", "县自然资源和规划局局长雷宏伟", None)], []),
    "er:耿晓峰": ("耿晓峰", "official", DM, [
        ("er09", f"{DM}财政局", "副局长", "县财政局副局长耿晓峰", None)], []),
    "er:宋雅莉": ("宋雅莉", "official", DM, [
        ("er09", f"{DM}城关街道办事处", "主任", "城关街道办事处主任宋雅莉", None)], []),
    "er:冯立国": ("冯立国", "official", DM, [
        ("er09", f"{DM}菜园集镇党委", "书记", "菜园集镇党委书记冯立国", None)], []),
    "er:苗长青": ("苗长青", "company_executive", DM, [], ["er09"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("er01", "江雨桐", "记录", "author", "记　录：江雨桐"),
    ("er02", "檀小芸", "作者", "author", "作者：檀小芸"),
    ("er02", "姚梦洁", "责任编辑", "editor", "责任编辑：姚梦洁"),
    ("er03", "邵思琪", "记录", "author", "记录：邵思琪"),
    ("er04", "章晓雯", "记者", "reporter", "本报讯（记者 章晓雯）"),
    ("er04", "徐可馨", "通讯员", "correspondent", "本报讯（通讯员 徐可馨）"),
    ("er04", "柯雨晴", "本版编辑", "editor", "（本版编辑：柯雨晴　校对：吴小寒）"),
    ("er04", "吴小寒", "校对", "editor", "（本版编辑：柯雨晴　校对：吴小寒）"),
    ("er05", "吴欣怡", "记录人", "author", "记 录 人：吴欣怡"),
    ("er06", "周语桐", "供稿", "author", "（县政府办　周语桐）"),
    ("er07", "崔晓璐", "责任编辑", "editor", "责任编辑：崔晓璐"),
    ("er08", "陈若雪", "记录", "author", "记录：陈若雪"),
    ("er10", "刘晓霏", "记者", "reporter", "本报鄄城讯（记者 刘晓霏 通讯员 孔昭晖）"),
    ("er10", "孔昭晖", "通讯员", "correspondent", "本报鄄城讯（记者 刘晓霏 通讯员 孔昭晖）"),
    ("er10", "邢雨涵", "本版编辑", "editor", "本版编辑：邢雨涵"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

_L01 = "列　席：县政府办公室主任陶文俊，县发展改革委主任詹卫平，县财政局局长叶德胜，县自然资源和规划局局长鲍仁杰，尧渡镇党委书记程丽萍"
_L05 = "列席人员：县政府办公室主任翟德明，县发展改革委主任汪景涛，县文化旅游体育局局长项红霞，仙寓镇党委书记唐光耀，矶滩乡乡长程晓光"
_P03 = "参加人员：纪文杰（县政府办公室副主任）、胡明轩（县发展改革委主任）、鲍仁杰（县自然资源和规划局局长）、黄立勤（县财政局副局长）、黄志勇（大渡口镇镇长）、舒建明（国网东至县供电公司经理）"
_P09 = "参加会议的有：县住房和城乡建设局局长袁建军，县自然资源和规划局局长雷宏伟，县财政局副局长耿晓峰，城关街道办事处主任宋雅莉，菜园集镇党委书记冯立国，县城投公司董事长苗长青"

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("er01", "东至县人民政府第二十六次常务会议", "meeting (县政府常务会议)", "2022年4月19日上午", "聂广川", None, [],
     ["柯守义", "吴佩琳", "方庆余", "陶文俊", "詹卫平", "叶德胜", "鲍仁杰", "程丽萍"], ["詹卫平", "聂广川"], "县政府四楼会议室",
     "主　持：县委副书记、县长聂广川",
     ["主　持：县委副书记、县长聂广川", _E01K, _L01, "会议听取了县发展改革委主任詹卫平关于", "聂广川强调"]),
    ("er02", "东至县县长办公会议", "meeting (县长办公会议)", "3月16日下午", "聂广川", None, [],
     ["柯守义", "吴佩琳"], ["查美玲", "许承志", "聂广川", "柯守义"], None,
     "县长聂广川主持召开县长办公会议，专题研究城区学校建设、香隅镇农村供水保障等工作",
     ["县长聂广川主持召开县长办公会议", _E02K, "会议听取了县教育体育局局长查美玲关于", "听取了香隅镇镇长许承志关于",
      "聂广川指出", "柯守义就项目资金拨付和审计监督作了具体安排"]),
    ("er03", "大渡口镇长江岸线生态修复和港口物流园建设专题会议", "meeting (县政府专题会议)", "2024年6月12日下午", "詹卫平", None, [],
     ["纪文杰", "胡明轩", "鲍仁杰", "黄立勤", "黄志勇", "舒建明"], ["詹卫平"], "县政府三楼会议室",
     "副县长詹卫平在县政府三楼会议室主持召开专题会议",
     ["副县长詹卫平在县政府三楼会议室主持召开专题会议", _P03, "詹卫平要求"]),
    ("er04", "池州市政府第四十一次常务会议", "meeting (市政府常务会议)", "9月5日", "檀正国", None, [],
     ["钱立行", "聂广川", "汪婷婷", "丁立新", "姚春生", "宋慧敏"], ["檀正国", "钱立行"], None,
     "市委副书记、市长檀正国主持召开市政府第四十一次常务会议",
     ["市长檀正国主持召开市政府第四十一次常务会议", "市委常委、常务副市长钱立行，副市长聂广川、汪婷婷，市政府秘书长丁立新出席会议",
      "市人大常委会副主任姚春生、市政协副主席宋慧敏列席会议", "檀正国强调", "钱立行就财政收支平衡和防范化解债务风险作了安排"]),
    ("er04", "青阳县县长办公会议", "meeting (县长办公会议)", "9月3日", "殷建华", None, [],
     ["孙立春", "汤雪梅"], ["殷建华"], None,
     "青阳县委副书记、县长殷建华主持召开县长办公会议",
     ["县长殷建华主持召开县长办公会议", "副县长孙立春、汤雪梅参加会议", "殷建华要求"]),
    ("er05", "石台县县长办公会议", "meeting (县长办公会议)", "2023年11月8日下午", "柯守义", None, [],
     ["金梦瑶", "章立波", "翟德明", "汪景涛", "项红霞", "唐光耀", "程晓光"], ["项红霞", "柯守义"], "县政府三楼会议室",
     "县长柯守义主持召开县长办公会议，专题研究牯牛降景区提升",
     ["主 持 人：县委副书记、县长柯守义", "出席人员：副县长金梦瑶、章立波", _L05, "会议听取了县文化旅游体育局局长项红霞的汇报",
      "柯守义强调"]),
    ("er06", "青阳县政府第十八次常务会议", "meeting (县政府常务会议)", "8月25日上午", "何立伟", None, [],
     ["殷建华", "孙立春", "汤雪梅", "朱海波", "章秀兰", "程明亮"], ["柳志强", "何立伟"], None,
     "县长何立伟主持召开县政府第十八次常务会议",
     ["县长何立伟主持召开县政府第十八次常务会议", _E06K, "县政府党组成员、县政府办公室主任朱海波出席会议",
      "县人大常委会副主任章秀兰、县政协副主席程明亮列席会议", "会议听取了县发展改革委主任柳志强关于", "何立伟强调"]),
    ("er07", "鄄城县政府第二十九次常务会议", "meeting (县政府常务会议)", "5月11日", "马向东", None, [],
     ["田广亮", "孙立春", "蔺晓华", "贾秋生", "魏淑芳"], ["岳振华", "马向东", "田广亮"], None,
     "县长马向东主持召开县政府第二十九次常务会议",
     ["县长马向东主持召开县政府第二十九次常务会议", _E07K, "县人大常委会副主任贾秋生、县政协副主席魏淑芳列席会议",
      "会议听取了县发展和改革局局长岳振华关于", "马向东强调", "田广亮就财政收支和国有平台公司融资工作作了安排"]),
    ("er08", "东明县住房和城乡建设局局务会议", "meeting (局务会议)", "2022年7月13日上午", "穆振华", None, [],
     ["任建新", "侯丽君", "牛庆山"], ["穆振华"], "局机关三楼会议室",
     "主持：局党组书记、局长穆振华",
     ["主持：局党组书记、局长穆振华", "出席：党组成员、副局长任建新，党组成员、副局长侯丽君，四级调研员牛庆山", "穆振华要求"]),
    ("er09", "城区供热管网延伸和菜园集镇污水处理厂建设专题会议", "meeting (县政府专题会议)", "3月20日上午", "穆振华", None, [],
     ["袁建军", "雷宏伟", "耿晓峰", "宋雅莉", "冯立国", "苗长青"], ["穆振华"], "县政府第二会议室",
     "副县长穆振华在县政府第二会议室主持召开专题会议",
     ["副县长穆振华在县政府第二会议室主持召开专题会议", _P09, "穆振华强调"]),
    ("er10", "鄄城县县长办公会议", "meeting (县长办公会议)", "4月16日", "马向东", None, [],
     ["孙立春", "蔺晓华", "郝俊岭"], ["庞启伟", "马向东", "孙立春"], None,
     "鄄城县委副书记、县长马向东主持召开县长办公会议",
     ["县长马向东主持召开县长办公会议", _E10K, "县政府办公室主任郝俊岭及", "会议听取了县商务局局长庞启伟关于", "马向东指出",
      "孙立春就产业园资金筹措和金融服务作了具体安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("er01", "尧渡河城区段综合治理工程", "engineering_work", "一、关于尧渡河城区段综合治理工程"),
    ("er01", "东流镇陶公祠历史文化街区提升项目", "project", "二、关于东流镇陶公祠历史文化街区提升项目"),
    ("er01", "城区老旧小区改造项目", "housing_project", "三、关于城区老旧小区改造项目资金筹措问题"),
    ("er02", "东至县第三中学新校区建设项目", "project", "会议原则同意东至县第三中学新校区建设项目调整方案"),
    ("er02", "香隅镇农村供水保障工程", "infrastructure_project", "香隅镇农村供水保障工程由副县长吴佩琳负责统筹"),
    ("er03", "长江东至段岸线生态修复工程", "greening_project", "一、长江东至段岸线生态修复工程"),
    ("er03", "大渡口港口物流园二期", "logistics_hub", "二、大渡口港口物流园二期"),
    ("er04", "平天湖湿地生态修复二期工程", "greening_project", "会议同意平天湖湿地生态修复二期工程实施方案"),
    ("er04", "九华河青阳段综合治理工程", "engineering_work", "会议听取了县水利局关于九华河青阳段综合治理工程进展情况的汇报"),
    ("er04", "木镇镇茶旅融合示范区", "project", "孙立春要牵头做好木镇镇茶旅融合示范区的土地流转和招商工作"),
    ("er05", "牯牛降景区游客服务中心提升改造项目", "project", "一、牯牛降景区游客服务中心提升改造项目"),
    ("er05", "秋浦河沿线富硒茶产业园一期", "industrial_park", "二、秋浦河沿线富硒茶产业园一期"),
    ("er06", "九华河青阳段综合治理工程", "engineering_work", "会议原则同意九华河青阳段综合治理工程实施方案"),
    ("er06", "蓉城镇老城区棚户区改造项目", "housing_project", "会议研究了蓉城镇老城区棚户区改造项目"),
    ("er07", "鄄城县发制品产业园二期标准化厂房", "industrial_park", "会议原则同意鄄城县发制品产业园二期标准化厂房建设方案"),
    ("er07", "黄河滩区迁建社区配套设施提升项目", "project", "会议研究了黄河滩区迁建社区配套设施提升项目"),
    ("er08", "城区老旧小区改造", "housing_project", "一、城区老旧小区改造"),
    ("er08", "东明县城区雨污分流改造二期工程", "infrastructure_project", "二、东明县城区雨污分流改造二期工程"),
    ("er09", "城区供热管网延伸工程", "infrastructure_project", "一、城区供热管网延伸工程"),
    ("er09", "菜园集镇污水处理厂建设项目", "infrastructure_project", "二、菜园集镇污水处理厂建设项目"),
    ("er10", "鄄城县发制品跨境电商产业园", "industrial_park", "会议原则同意建设鄄城县发制品跨境电商产业园"),
    ("er10", "临濮镇黄河滩区食用菌产业园", "industrial_park", "会议还研究了临濮镇黄河滩区食用菌产业园建设有关问题"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("er01", "东至县", "county", "in_org_reference", "东至县人民政府第二十六次常务会议纪要"),
    ("er01", "尧渡河", "river", "in_project_name", "一、关于尧渡河城区段综合治理工程"),
    ("er01", "尧渡镇", "town", "in_org_reference", "尧渡镇党委书记程丽萍"),
    ("er01", "东流镇", "town", "in_project_name", "研究了尧渡河城区段综合治理、东流镇陶公祠历史文化街区提升等事项"),
    ("er01", "陶公祠", "heritage_site", "in_project_name", "二、关于东流镇陶公祠历史文化街区提升项目"),
    ("er01", "升金湖", "lake", "standalone", "各乡镇要紧盯升金湖周边和西部山区重点部位"),
    ("er02", "香隅镇", "town", "standalone", "县水利局及香隅镇主要负责同志参加会议"),
    ("er02", "东至县", "county", "in_project_name", "会议原则同意东至县第三中学新校区建设项目调整方案"),
    ("er03", "东至县", "county", "in_org_reference", "东至县人民政府专题会议纪要〔2024〕11号"),
    ("er03", "大渡口镇", "town", "standalone", "会议听取了大渡口镇和县发展改革委的情况汇报"),
    ("er03", "长江", "river", "in_project_name", "一、长江东至段岸线生态修复工程"),
    ("er03", "东至", "county", "in_project_name", "一、长江东至段岸线生态修复工程"),
    ("er04", "平天湖", "lake", "standalone", "研究“十五五”规划前期课题、平天湖生态修复和九华山机场航线培育等工作"),
    ("er04", "九华山机场", "airport", "standalone", "研究“十五五”规划前期课题、平天湖生态修复和九华山机场航线培育等工作"),
    ("er04", "池州市", "city", "in_document_title", "《池州市推进县域经济高质量发展三年行动方案》"),
    ("er04", "贵池区", "district", "standalone", "贵池区和市生态环境局、市林业局按职责抓好落实"),
    ("er04", "青阳县", "county", "standalone", "青阳县召开县长办公会议"),
    ("er04", "九华河", "river", "standalone", "专题研究九华河综合治理和木镇镇茶旅融合示范区建设工作"),
    ("er04", "木镇镇", "town", "in_project_name", "专题研究九华河综合治理和木镇镇茶旅融合示范区建设工作"),
    ("er05", "石台县", "county", "in_org_reference", "石台县人民政府县长办公会议纪要"),
    ("er05", "牯牛降景区", "scenic_area", "standalone", "专题研究牯牛降景区提升和秋浦河沿线富硒产业发展有关问题"),
    ("er05", "秋浦河", "river", "standalone", "专题研究牯牛降景区提升和秋浦河沿线富硒产业发展有关问题"),
    ("er05", "仙寓镇", "town", "standalone", "由副县长金梦瑶牵头，仙寓镇配合"),
    ("er05", "矶滩乡", "township", "standalone", "矶滩乡做好土地流转和群众工作"),
    ("er05", "石台", "county", "standalone", "生态是石台最大的资源"),
    ("er06", "九华河", "river", "standalone", "研究九华河综合治理、蓉城镇老城区改造等事项"),
    ("er06", "蓉城镇", "town", "standalone", "研究九华河综合治理、蓉城镇老城区改造等事项"),
    ("er06", "九华山景区", "scenic_area", "standalone", "九华山景区要做好暑期旅游高峰安全保障"),
    ("er07", "鄄城县", "county", "in_project_name", "会议原则同意鄄城县发制品产业园二期标准化厂房建设方案"),
    ("er07", "古泉街道", "sub_district_office", "standalone", "古泉街道、县自然资源和规划局配合"),
    ("er07", "黄河", "river", "in_project_name", "研究发制品产业园建设、黄河滩区迁建社区配套等事项"),
    ("er07", "李进士堂镇", "town", "standalone", "加快李进士堂镇、董口镇两个迁建社区"),
    ("er07", "董口镇", "town", "standalone", "加快李进士堂镇、董口镇两个迁建社区"),
    ("er08", "东明县", "county", "in_org_reference", "东明县住房和城乡建设局局务会议纪要"),
    ("er08", "城关街道", "sub_district_office", "standalone", "今年实施的城关街道、渔沃街道17个老旧小区改造项目"),
    ("er08", "渔沃街道", "sub_district_office", "standalone", "今年实施的城关街道、渔沃街道17个老旧小区改造项目"),
    ("er08", "大屯镇", "town", "standalone", "对渔沃街道、大屯镇开展抽查督导"),
    ("er09", "东明县", "county", "in_org_reference", "东明县人民政府专题会议纪要"),
    ("er09", "菜园集镇", "town", "standalone", "菜园集镇负责征地和群众工作"),
    ("er09", "城关街道", "sub_district_office", "standalone", "会议同意将城关街道东部新建小区纳入2024年供热管网延伸范围"),
    ("er09", "黄河", "river", "standalone", "三、黄河防汛准备"),
    ("er10", "鄄城", "county", "standalone", "鄄城召开县长办公会议研究发制品出口和滩区产业发展"),
    ("er10", "鄄城县", "county", "in_org_reference", "鄄城县委副书记、县长马向东"),
    ("er10", "黄河", "river", "standalone", "专题研究发制品企业出口、黄河滩区特色产业发展等工作"),
    ("er10", "临濮镇", "town", "standalone", "县农业农村局、临濮镇主要负责同志参加会议"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="er", conventions="set er (blind set: minutes pages of county governments and departments in 安徽 池州 (东至县 three pages, 石台县, 青阳县, the 池州日报 with the 市政府常务会议) and 山东 菏泽 (鄄城县, 东明县 with its 住房和城乡建设局, the 菏泽日报): 常务会议纪要 / 专题会议纪要 / 县长办公会议纪要 / 局务会议纪要 with 主持 / 出席 / 请假 / 列席 / 记录 lines and 参加人员 lists, and reports of 常务会议 and 县长办公会议 (titled field names are holdings; a titled 请假 is no attendee; 列席 and named 参加人员 are attendees, a company role among them no post; 记录 is a reporters line, role author; bare 局党组 / 副局长 / 四级调研员 on a department's 纪要 are that department's; the 纪要's number names nothing; one line per post per article))",
          persons_note="Set er persons. id = corpus-wide person_id (er:孙立春#1 of 青阳县 (安徽 池州) and er:孙立春#2 of 鄄城县 (山东 菏泽) are two people, both 副县长 at first; er:聂广川 东至县长 2022–2023 → 池州市副市长 2024; er:柯守义 东至县委常委、常务副县长 2022–2023 → 石台县委副书记、县长 Nov 2023; er:詹卫平 东至县发展改革委主任 2022 → 东至县副县长 2024; er:殷建华 青阳县委常委、常务副县长 2022 → 县委副书记、县长 2024; er:穆振华 东明县住房和城乡建设局党组书记、局长 2022 → 东明县副县长 2024; er:孙立春#2 鄄城县副县长 2023 → 县委常委、常务副县长 2025)")


if __name__ == "__main__":
    main()
