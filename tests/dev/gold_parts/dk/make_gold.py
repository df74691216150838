"""Write gold part ``dk`` (a blind set: county 融媒体 pages that carry several short dated items on one page — 一周要闻,
要闻速览, 新闻简讯, 图片新闻, a city paper's 县区 page — and county TV 新闻联播 transcripts) from the tables below.

Pages ``tests/dev/texts/dk*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 长子县 paper's ``1886 期 / 第2版`` ``要闻简报`` (six ``◆`` items, each
one dated sentence or two, ``副县长…出席``, ``县政协副主席…参加``); the 雄安 site's numbered digest (``1.…2.…``, one event an
item); the 今日竹山 数字报 (``本期导航 往期回顾 上一期 下一期``, ``新闻作者: 发布时间: 查看次数:``, ``本报讯 3月28日，…参加调研``);
the 闽侯乡音报 page (``内容更新时间:…来源:闽侯乡音报``, ``■县融媒体中心记者组``, two meetings in one article, the second opened
by ``又讯``); the 襄城 融媒 page (``记 者 | … 视 觉 | …``); the 富平 ``直通县市`` page (``记者: 编辑:``, ``稿件来源:富平县融媒体
中心``, ``审核: 终审:``); the 今日舞阳 page (``来源: 中国舞阳网 信息时间: 阅读次数:``, ``（图文:… 审核:…）``); the 阜城 page
(``来源:阜城宣传 | 作者:… | 发布时间: … | 668 次浏览: | 分享到:``); the 沁县 paper's ``【图片新闻】`` (``井娇摄影报道``); the 云上
黄梅 ``【快讯】`` (``全媒体记者:…``, ``详情请关注本台播出的《黄梅新闻》``, ``编辑︱ 责任编辑︱ 监制︱ 总监制︱``); the 通城 page
(``【全媒体记者 吴雷】``, ``县领导…参加``); the 白城日报 photo caption (``…（中）在…调研。白城日报记者 … 攝``); the 南漳 site
(``南漳新闻丨…``, ``记者:…|见习记者:… 编辑:…|责任编辑:… 审核:…``, the footer ``南漳县人民政府办公室主办 南漳县融媒体中心承办
… 备案号:鄂ICP备… 鄂公网安备… 政府网站识别码:…``); the 竹山 融媒 page (``秦楚风讯(竹山融媒记者 …)``, ``编辑:…
原创作品,未经许可禁止转载``); the 蛟河 site footer; the 沧县 TV page (``《沧县新闻》…周一至周五每天一期``). No real county
``新闻联播`` transcript page was found in the store; dk02 and dk09 follow the usual layout of such pages (``▶ 00:00 /
12:40`` player line, a 本期导读 list, the anchor's 【口播】 greeting and sign-off, one headline and transcript per item with
``（记者 … 摄像 …）``, a ``【同期】`` soundbite with a titled label, ``上一条 / 下一条``). Places are real and new to the corpus as
counties: 湖北 十堰 竹溪县 (two pages), 江苏 宿迁 泗洪县 (the county site and the 宿迁日报 with 泗阳 and 沭阳 items), 河北 保定
涞源县, 吉林 白城 通榆县 (the county site and the 白城日报 with 洮南 and 镇赉 items), 安徽 安庆 岳西县 (two pages), 四川 绵阳
盐亭县.

Shapes: a county site's weekly digest ``竹溪一周要闻（2022年4月11日—4月17日）`` of four ``◆`` items (常务会议, a 十堰 副市长's
调研, 县委常委会, a 联合执法检查) (dk01); the 竹溪 融媒 site's ``竹溪新闻联播（2024年6月18日）`` transcript of four items, one
dated ``今天上午`` (the broadcast day), a 导读 list above the first item, a ``【同期】县水利和湖泊局局长　田立坤`` soundbite
(dk02); the 泗洪 site's ``要闻速览（9月5日—9月9日）`` of four items with photo captions ``图为….（记者 … 摄）`` /
``（通讯员 … 摄）``, a bare ``经济开发区`` (dk03); the 宿迁日报 第A03版 县区新闻 of three county items (泗洪, 泗阳, 沭阳), a
photo caption ``图为蔡振宇（中）在…。　　记者 … 摄`` (dk04); the 涞源新闻网 ``新闻简讯（2023年第27期）`` of five ``◆`` items
(dk05); the 通榆 site's ``图片新闻`` of three photo items (dk06); the 白城日报 第03版 县域传真 of three county items (通榆,
洮南, 镇赉) (dk07); the 岳西 site's ``岳西要闻速览`` of four numbered items ``一、…`` (dk08); the 岳西 融媒 site's
``岳西新闻联播 2024-10-22`` transcript of three items, one ``今天上午``, a ``【同期】岳西县委书记　汪永胜`` soundbite (dk09); the
盐亭 融媒 site's ``盐亭一周要闻`` of three ``【…】`` items (dk10).

Identity cases:
- dk:詹明睿: 竹溪县委副书记、县长 in April 2022 (dk01, three items) → 竹溪县委书记 in June 2024 (dk02), with dk:芮景川 the
  new 县长.
- dk:蔡振宇: 泗洪县委常委、常务副县长 in Sept 2022 (dk03, three items) → 泗洪县委副书记、县长 in March 2024 (dk04, the
  宿迁日报).
- dk:佘东旭: 通榆县 副县长 in May 2023 (dk06, three photo items) → 县委常委、常务副县长 in April 2025 (dk07, the 白城日报).
- dk:储建华, a county 书记 who becomes a city's 副市长: 岳西县委书记 in Nov 2022 (dk08) → 安庆市副市长 in Oct 2024, back in
  岳西 on a 调研 (dk09); dk:汪永胜: 岳西县委副书记、县长 in 2022 (dk08) → 岳西县委书记 in 2024 (dk09).
- two different 谷晓峰 in unrelated places: dk:谷晓峰#1 is 涞源县 副县长 (河北, dk05, July 2023, three items); dk:谷晓峰#2 is
  盐亭县黄甸镇 党委书记 (四川, dk10, Aug 2023).
- one organ name in several places: bare ``经济开发区党工委书记`` after ``县委常委、`` is 泗洪's zone on dk03 (宿迁泗洪经济开发区)
  and 岳西's on dk08 (安庆岳西经济开发区); bare ``市委副书记、市长`` is 洮南's in the 白城日报 (dk07); bare ``县委副书记、县长``
  is 泗阳's in the 宿迁日报 (dk04); bare ``镇党委书记`` is 双沟镇's, 水坪镇's, 白石山镇's, 天堂镇's, 黄甸镇's on their pages.
- the same officials across pages: dk:晏红霞 (竹溪 常务副县长, 2022 and 2024), dk:虞春燕 (泗洪 副县长, 2022 and 2024),
  dk:计伟东 and dk:庞振华 (通榆 书记 and 县长, 2023 and 2025), dk:吴敏华 and dk:黄丽萍 (岳西 副县长 and 县政协主席, 2022 and
  2024); the reporters dk:陶思雨, dk:宋博文 and the editor dk:黎芷岚 sign both 竹溪 pages, dk:余梦瑶, dk:储晨阳, dk:方晓雯 both
  岳西 pages; the 泗洪 通讯员 dk:葛云飞 shoots for the county site (dk03) and co-signs in the 宿迁日报 (dk04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts x, ct, cz, cw where they speak; decided here where they are silent):
- Each item of a digest, a 简讯 list, a photo page, a city paper's 县区 page and a 新闻联播 transcript is an article (as x),
  dated by its own lead; the page title above the first item (``竹溪一周要闻（…）``, ``新闻简讯（2023年第27期）``,
  ``图片新闻（…）``), the stamp line, the player line and the 本期导读 / 主要内容 list are chrome. One line per post per
  article, so a post repeated in another item gives a line there (as x, i05).
- DECIDED HERE (新闻联播 transcripts): the anchor's opening 【口播】 (before the first item) is chrome; the closing 【口播】,
  the 编辑 / 审核 / 监制 lines and ``上一条 / 下一条`` fall in the last item's span, as a page's foot does. An item dated
  ``今天上午`` takes the broadcast date of the page's title and stamp (dk02: 2024-06-18; dk09: 2024-10-22). The 导读 lines
  name no one and are not annotated.
- A ``【同期】`` label with a title gives the post (as ct): ``【同期】县水利和湖泊局局长　田立坤`` → 竹溪县水利和湖泊局 局长 (the
  narration does not name him); ``【同期】岳西县委书记　汪永胜`` repeats the narration's post and gives no second line; the
  同期 speaker is a speaker of the event the item reports.
- Photo captions (``图为…``) are part of their item: names in them are mentions, and a caption that repeats the body's post
  gives no line. A caption's ``（记者 … 摄）`` / ``记者 … 摄`` / ``（通讯员 … 摄）`` is a photographer credit, label ``摄`` (as cm,
  cw, cz; part x wrote these as 记者 / reporter); the same 记者 can also be the item's reporter (dk03 孟思琪, dk04 吕梓涵,
  dk05 尚可欣: two rows). ``摄像 …`` in a transcript byline is a photographer credit labelled ``摄像`` (as ct). ``（记者 …）`` /
  ``（通讯员 …）`` at an item's end and ``本报讯（记者 … 通讯员 …）`` are reporter / correspondent rows of that item;
  责任编辑 / 编辑 / 审核 / 监制 / 版式设计 / 校对 are editor rows (of the last item, where the foot sits).
- Bare organs take the page's place or its parent of the right level: 县委 / 县政府 / 县人大常委会 / 县政协 / 县X局 on a
  county site or 融媒 site = that county; ``十堰市副市长``, ``宿迁市副市长``, ``保定市委常委、副市长``, ``白城市副市长``,
  ``安庆市副市长`` as written (X市政府 副市长; 市委常委 → X市委 常委); ``绵阳市人大常委会副主任`` → 绵阳市人大常委会 副主任. In a
  city paper a bare title right after a named county's title belongs to that county: ``泗阳县委书记柏松林…，县委副书记、县长
  钟伟杰`` → 泗阳县委 / 泗阳县政府; ``洮南市委书记郎明哲，市委副书记、市长包立军`` → 洮南市委 / 洮南市政府 (the county-level
  city); ``镇赉县委副书记、县长…，副县长严子轩`` → 镇赉县政府. A town's bare ``镇党委书记`` / ``镇长`` / ``乡党委书记`` after
  the town's name → county + town + 党委 / 政府 (竹溪县蒋家堰镇政府 镇长, 通榆县向海蒙古族乡党委 书记).
- County zones take the prefecture city and 经济开发区 is not folded (as bj, cg, ct, cu, cw): ``县委常委、经济开发区党工委书记``
  on the 泗洪 site → 泗洪县委 常委 + 宿迁泗洪经济开发区党工委 书记; on the 岳西 site → 岳西县委 常委 + 安庆岳西经济开发区党工委 书记.
- ``县委常委、宣传部部长`` → X县委 常委 + X县委宣传部 部长 (the 宣传部 is the 县委's).
- Events: 调研 / 检查 / 督导 / 视察 / 执法检查 are inspections (leader: the one who 到 / 带领 / 带队; 陪同 / 参加 attendees;
  汇报 / 介绍 / 通报 / 指出 / 强调 / 要求 and 同期 speakers); 常务会议 / 常委会 / 专题会议 / 推进会 / 分析会 / 政协常委会议 are
  meetings (chair when 主持; 出席 / 列席 / 应邀到会 attendees; ``出席…并讲话`` is attendee and speaker, as bq); a 开工活动 is a
  ceremony (宣布开工 / 致辞 / 介绍 speakers, 主持 chair, as x).
- Projects: works named as under way, inspected or studied (… 工程, … 项目, … 产业园 N期); standing bases (生态茶园, 稻虾综合
  种养基地, 美丽乡村示范点, 防火检查站) are not projects. 产业园 / 加工园 industrial_park; 堤防, 防洪治理 engineering_work;
  湿地 / 退圩还湖 / 生态修复 greening_project; 供水, 燃气, 污水, 雨污分流, 升压站, 防火通道 infrastructure_project;
  DECIDED HERE: a 风电场 phase and a 氢氨醇一体化项目 are ``project`` (energy plants, as 西社镇光伏扶贫电站 is in an earlier part).
- Places: one line per name per file, as written; places inside titles, org references, meeting names and project names
  count; a zone written bare is annotated as written (``经济开发区``); the short name in a brand counts (``岳西翠兰`` → 岳西, as
  ct's 蒙阴蜜桃); site lines, stamp lines, programme names (``竹溪新闻联播``), 导读 lists, mastheads, 相关阅读 / 上一篇 / 下一篇
  and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

ZX, SH, LY, TY, YX, YT = "竹溪县", "泗洪县", "涞源县", "通榆县", "岳西县", "盐亭县"
SHZ = "宿迁泗洪经济开发区"
YXZ = "安庆岳西经济开发区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dk01_zhuxi.txt": (2022, "发布时间：2022-04-18 09:36", ZX, [
        ("詹明睿主持召开县政府第九次常务会议", "4月11日下午", "2022-04-11", "4月11日下午，县委副书记",
         "weekly digest item 1: 县政府常务会议 chaired by the 县长"),
        ("十堰市领导来竹溪调研茶产业发展", "4月13日", "2022-04-13", "4月13日，十堰市",
         "digest item 2: a 十堰 副市长's 调研 with the 书记 and 县长; a 镇长 reports"),
        ("县委常委会召开2022年第8次会议", "4月14日上午", "2022-04-14", "4月14日上午，县委书记",
         "digest item 3: 县委常委会 (出席 / 列席)"),
        ("我县开展“十八里长峡”生态保护联合执法检查", "4月15日", "2022-04-15", "4月15日，副县长",
         "digest item 4: a 副县长's 联合执法检查 in the nature reserve; page stamp 2022-04-18")]),
    "dk02_zhuxi.txt": (2024, "发布时间：2024-06-18 20:50", ZX, [
        ("詹明睿主持召开县委常委会2024年第11次会议", "6月17日下午", "2024-06-17", "6月17日下午，县委书记",
         "新闻联播 item 1: 县委常委会; 詹明睿 now 县委书记, 芮景川 县长"),
        ("芮景川到中峰镇检查防汛和地质灾害防治工作", "今天上午", "2024-06-18", "今天上午，县委副书记",
         "新闻联播 item 2 (今天 = broadcast day): the 县长's 检查 with a 【同期】 of the 水利和湖泊局局长"),
        ("县人大常委会视察农村饮水安全工作", "6月17日", "2024-06-17", "6月17日，县人大",
         "新闻联播 item 3: 人大常委会 视察"),
        ("水坪镇贡米产业园二期项目开工建设", "6月16日上午", "2024-06-16", "6月16日上午，水坪镇",
         "新闻联播 item 4: groundbreaking; 镇党委书记 reports; closing 口播 and credits")]),
    "dk03_sihong.txt": (2022, "发布时间：2022-09-10 10:12", SH, [
        ("邵卫民调研双沟镇重点项目建设", "9月5日", "2022-09-05", "9月5日，县委书记",
         "要闻速览 item 1: the 书记's 调研 with a photo caption (记者 摄)"),
        ("县政府召开第十六次常务会议", "9月6日", "2022-09-06", "9月6日，县委副书记",
         "item 2: 县政府常务会议"),
        ("宿迁市领导来我县调研经济开发区工作", "9月7日", "2022-09-07", "9月7日，宿迁市",
         "item 3: a 宿迁 副市长's 调研 of the county zone (bare 经济开发区党工委书记)"),
        ("我县举行2022年第三季度重点项目集中开工活动", "9月8日上午", "2022-09-08", "9月8日上午，泗洪县",
         "item 4: groundbreaking ceremony with a 通讯员 photo; page stamp 2022-09-10")]),
    "dk04_suqian.txt": (2024, "2024年03月22日　星期五", "宿迁市", [
        ("蔡振宇调研春季农业生产时强调", "3月20日", "2024-03-20", "本报讯（记者 吕梓涵",
         "city paper 县区 page item 1: 蔡振宇 now 泗洪县长; photo caption (记者 摄)"),
        ("泗阳召开一季度经济运行分析会", "3月21日", "2024-03-21", "本报讯（记者 汤子昂）",
         "item 2: 泗阳 meeting; bare 县委副书记、县长 after 泗阳县委书记"),
        ("沭阳检查节后复工复产安全生产工作", "3月19日", "2024-03-19", "本报讯（通讯员 周墨言）",
         "item 3: 沭阳 县长's 检查")]),
    "dk05_laiyuan.txt": (2023, "2023-07-08 17:25", LY, [
        ("邸卫疆调研白石山景区暑期旅游工作", "7月3日", "2023-07-03", "7月3日，县委书记",
         "新闻简讯 item 1: the 书记's 调研 (宣传部部长, 副县长 谷晓峰#1)"),
        ("县政府召开防汛工作专题会议", "7月4日", "2023-07-04", "7月4日，县委副书记",
         "item 2: 专题会议 chaired by the 县长"),
        ("县人大常委会开展拒马河流域生态保护执法检查", "7月5日", "2023-07-05", "7月5日，县人大",
         "item 3: 人大 执法检查"),
        ("保定市领导来涞源督导防汛备汛工作", "7月6日", "2023-07-06", "7月6日，保定市",
         "item 4: a 保定 市委常委、副市长's 督导 with a photo caption"),
        ("白石山镇召开乡村旅游发展推进会", "7月7日", "2023-07-07", "7月7日，白石山镇",
         "item 5: town 推进会; page stamp 2023-07-08")]),
    "dk06_tongyu.txt": (2023, "发布日期：2023-05-19", TY, [
        ("计伟东检查春耕生产和森林草原防火工作", "5月15日", "2023-05-15", "5月15日，县委书记",
         "图片新闻 item 1: the 书记's 检查 (副县长 佘东旭)"),
        ("向海蒙古族乡召开湿地保护和生态旅游工作推进会", "5月16日", "2023-05-16", "5月16日，向海",
         "photo item 2: a township 推进会 (乡党委书记 主持, 副县长 讲话)"),
        ("庞振华调研风电项目建设", "5月18日", "2023-05-18", "5月18日，县委副书记",
         "photo item 3: the 县长's 调研 of wind-farm works")]),
    "dk07_baicheng.txt": (2025, "2025年04月16日　星期三", "白城市", [
        ("通榆县召开新能源产业项目推进会", "4月14日", "2025-04-14", "本报讯（记者 冯乐怡 通讯员",
         "city paper 县域传真 item 1: 通榆 推进会; 佘东旭 now 县委常委、常务副县长"),
        ("白城市领导到洮南市调研工业项目建设", "4月15日", "2025-04-15", "本报讯（记者 冯乐怡）",
         "item 2: a 白城 副市长 in 洮南市 (bare 市委副书记、市长 = 洮南's)"),
        ("镇赉县检查莫莫格保护区春季候鸟保护工作", "4月13日", "2025-04-13", "本报讯（通讯员 鲍庆丰）",
         "item 3: 镇赉 县长's 检查 in the nature reserve")]),
    "dk08_yuexi.txt": (2022, "发布时间：2022-11-12 08:40", YX, [
        ("储建华主持召开县委常委会会议", "11月7日上午", "2022-11-07", "11月7日上午，县委书记",
         "要闻速览 item 一: 县委常委会 (储建华 县委书记)"),
        ("汪永胜调研经济开发区项目建设", "11月8日", "2022-11-08", "11月8日，县委副书记",
         "item 二: the 县长's 调研 of the county zone (bare 经济开发区党工委书记)"),
        ("吴敏华督导天堂镇秋冬季森林防火工作", "11月9日", "2022-11-09", "11月9日，副县长",
         "item 三: a 副县长's 督导 in a town"),
        ("县政协召开十届二十三次常委会议", "11月10日", "2022-11-10", "11月10日，县政协",
         "item 四: 政协常委会议 with a 副县长 通报")]),
    "dk09_yuexi.txt": (2024, "发布时间：2024-10-22 21:05", YX, [
        ("储建华来岳西调研文旅融合发展工作", "10月21日", "2024-10-21", "10月21日，安庆市",
         "新闻联播 item 1: 储建华 now 安庆市副市长; 汪永胜 now 县委书记 (also in a 【同期】 label)"),
        ("县政府召开第四十二次常务会议", "今天上午", "2024-10-22", "今天上午，县委副书记",
         "新闻联播 item 2 (今天 = broadcast day): 常务会议 chaired by the new 县长"),
        ("县政协视察农村人居环境整治工作", "10月21日", "2024-10-21", "10月21日，县政协",
         "新闻联播 item 3: 政协 视察; closing 口播 and credits")]),
    "dk10_yanting.txt": (2023, "时间：2023-08-21 09:18", YT, [
        ("蒲志坚到黄甸镇调研乡村振兴工作", "8月15日", "2023-08-15", "8月15日，县委书记",
         "一周要闻 item 1: the 书记's 调研; 镇党委书记 谷晓峰#2 reports"),
        ("绵阳市人大常委会领导来盐亭视察", "8月17日", "2023-08-17", "8月17日，绵阳市",
         "item 2: a 绵阳 人大常委会副主任's 视察 with the 县长"),
        ("县政府召开第三十一次常务会议", "8月18日", "2023-08-18", "8月18日，县委副书记",
         "item 3: 县政府常务会议")]),
}

_DK01_ZHAN1 = "县委副书记、县长詹明睿主持召开县政府第九次常务会议"
_DK01_ZHAN2 = "县委副书记、县长詹明睿陪同调研"
_DK01_ZHAN3 = "县委副书记、县长詹明睿等县委常委出席会议"
_DK02_RUI1 = "县委副书记、县长芮景川等县委常委出席会议"
_DK02_RUI2 = "今天上午，县委副书记、县长芮景川到中峰镇"
_DK02_YAN2 = "县委常委、常务副县长晏红霞陪同检查"
_DK02_YAN4 = "县委常委、常务副县长晏红霞出席开工活动"
_DK03_CAI1 = "县委常委、常务副县长蔡振宇陪同调研"
_DK03_CAI2 = "县委常委、常务副县长蔡振宇，副县长虞春燕"
_DK03_CAI4 = "县委常委、常务副县长蔡振宇主持"
_DK03_QI2 = "县委副书记、县长戚海洋主持召开"
_DK03_QI3 = "县委副书记、县长戚海洋，县委常委"
_DK03_QI4 = "县委副书记、县长戚海洋致辞"
_DK03_KAN = "县委常委、经济开发区党工委书记阚志平陪同调研"
_DK04_CAI = "泗洪县委副书记、县长蔡振宇到上塘镇"
_DK05_ZHEN2 = "县委副书记、县长甄海波主持召开防汛工作专题会议"
_DK05_ZHEN4 = "县委副书记、县长甄海波陪同督导"
_DK05_HE = "县委常委、宣传部部长贺丽君"
_DK05_NI = "保定市委常委、副市长倪振东来涞源督导"
_DK06_PANG = "5月18日，县委副书记、县长庞振华到瞻榆镇"
_DK07_PANG = "县委副书记、县长庞振华通报了"
_DK07_SHE = "县委常委、常务副县长佘东旭主持会议"
_DK07_BAO = "市委副书记、市长包立军陪同调研"
_DK07_XUE = "镇赉县委副书记、县长薛桂芝带队"
_DK08_WANG1 = "县委副书记、县长汪永胜等县委常委出席会议"
_DK08_WANG2 = "县委副书记、县长汪永胜到经济开发区调研"
_DK08_YU = "县委常委、经济开发区党工委书记余向阳陪同调研"
_DK09_TAO = "县委常委、宣传部部长陶若琳陪同调研"
_DK09_CHENG = "县委副书记、县长程冬梅主持召开"
_DK10_REN2 = "县委副书记、县长任清华陪同视察"
_DK10_REN3 = "县委副书记、县长任清华主持召开"
_DK04_ZHONG = "县委副书记、县长钟伟杰主持会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 竹溪 (湖北 十堰)
    "dk:詹明睿": ("詹明睿", "official", ZX, [
        ("dk01", ZX + "委", "副书记", _DK01_ZHAN1, "2022-04 (identity case: 县委书记 in 2024, dk02)"),
        ("dk01", ZX + "政府", "县长", _DK01_ZHAN1, None),
        ("dk01", ZX + "委", "副书记", _DK01_ZHAN2, "digest item 2"),
        ("dk01", ZX + "政府", "县长", _DK01_ZHAN2, None),
        ("dk01", ZX + "委", "副书记", _DK01_ZHAN3, "digest item 3"),
        ("dk01", ZX + "政府", "县长", _DK01_ZHAN3, None),
        ("dk02", ZX + "委", "书记", "县委书记詹明睿主持召开县委常委会2024年第11次会议", "2024-06: now 县委书记")], []),
    "dk:柯尚文": ("柯尚文", "official", ZX, [
        ("dk01", ZX + "委", "书记", "县委书记柯尚文，县委副书记", "digest item 2"),
        ("dk01", ZX + "委", "书记", "县委书记柯尚文主持召开县委常委会", "digest item 3")], []),
    "dk:晏红霞": ("晏红霞", "official", ZX, [
        ("dk01", ZX + "委", "常委", "县委常委、常务副县长晏红霞，副县长明德海", "2022"),
        ("dk01", ZX + "政府", "常务副县长", "县委常委、常务副县长晏红霞，副县长明德海", None),
        ("dk02", ZX + "委", "常委", _DK02_YAN2, "2024: the same posts; 新闻联播 item 2"),
        ("dk02", ZX + "政府", "常务副县长", _DK02_YAN2, None),
        ("dk02", ZX + "委", "常委", _DK02_YAN4, "新闻联播 item 4"),
        ("dk02", ZX + "政府", "常务副县长", _DK02_YAN4, None)], []),
    "dk:明德海": ("明德海", "official", ZX, [
        ("dk01", ZX + "政府", "副县长", "副县长明德海等出席会议", None),
        ("dk01", ZX + "政府", "副县长", "4月15日，副县长明德海带领", "digest item 4")], []),
    "dk:岳兰芳": ("岳兰芳", "official", "十堰市", [
        ("dk01", "十堰市政府", "副市长", "十堰市副市长岳兰芳来竹溪调研", "the headline says only 十堰市领导")], []),
    "dk:冉小兵": ("冉小兵", "official", ZX, [
        ("dk01", ZX + "蒋家堰镇政府", "镇长", "在蒋家堰镇，镇长冉小兵介绍了", "bare 镇长 after the town's name")], []),
    "dk:邹晓梅": ("邹晓梅", "official", ZX, [
        ("dk01", ZX + "政协", "主席", "县政协主席邹晓梅列席会议", None)], []),
    "dk:芮景川": ("芮景川", "official", ZX, [
        ("dk02", ZX + "委", "副书记", _DK02_RUI1, "詹明睿's successor as 县长"),
        ("dk02", ZX + "政府", "县长", _DK02_RUI1, None),
        ("dk02", ZX + "委", "副书记", _DK02_RUI2, "新闻联播 item 2"),
        ("dk02", ZX + "政府", "县长", _DK02_RUI2, None)], []),
    "dk:覃国良": ("覃国良", "official", ZX, [
        ("dk02", ZX + "人大常委会", "主任", "县人大常委会主任覃国良列席会议", None),
        ("dk02", ZX + "人大常委会", "主任", "县人大常委会主任覃国良带领视察组", "新闻联播 item 3")], []),
    "dk:田立坤": ("田立坤", "official", ZX, [
        ("dk02", ZX + "水利和湖泊局", "局长", "【同期】县水利和湖泊局局长　田立坤", "post from the 同期 label only (as ct)")], []),
    "dk:毛建霖": ("毛建霖", "official", ZX, [
        ("dk02", ZX + "人大常委会", "副主任", "县人大常委会副主任毛建霖参加视察", None)], []),
    "dk:聂春雨": ("聂春雨", "official", ZX, [
        ("dk02", ZX + "政府", "副县长", "副县长聂春雨陪同", None)], []),
    "dk:贾永春": ("贾永春", "official", ZX, [
        ("dk02", ZX + "水坪镇党委", "书记", "镇党委书记贾永春介绍", "bare 镇党委 in the 水坪镇 item")], []),
    # ---- 泗洪 / 泗阳 / 沭阳 (江苏 宿迁)
    "dk:邵卫民": ("邵卫民", "official", SH, [
        ("dk03", SH + "委", "书记", "9月5日，县委书记邵卫民到双沟镇调研", "named in the headline and the photo caption too"),
        ("dk03", SH + "委", "书记", "县委书记邵卫民宣布开工", "item 4")], []),
    "dk:蔡振宇": ("蔡振宇", "official", SH, [
        ("dk03", SH + "委", "常委", _DK03_CAI1, "2022-09 (identity case: 县长 in 2024, dk04)"),
        ("dk03", SH + "政府", "常务副县长", _DK03_CAI1, None),
        ("dk03", SH + "委", "常委", _DK03_CAI2, "item 2"),
        ("dk03", SH + "政府", "常务副县长", _DK03_CAI2, None),
        ("dk03", SH + "委", "常委", _DK03_CAI4, "item 4"),
        ("dk03", SH + "政府", "常务副县长", _DK03_CAI4, None),
        ("dk04", SH + "委", "副书记", _DK04_CAI, "2024-03: now 县委副书记、县长 (宿迁日报)"),
        ("dk04", SH + "政府", "县长", _DK04_CAI, None)], []),
    "dk:戚海洋": ("戚海洋", "official", SH, [
        ("dk03", SH + "委", "副书记", _DK03_QI2, None),
        ("dk03", SH + "政府", "县长", _DK03_QI2, None),
        ("dk03", SH + "委", "副书记", _DK03_QI3, "item 3"),
        ("dk03", SH + "政府", "县长", _DK03_QI3, None),
        ("dk03", SH + "委", "副书记", _DK03_QI4, "item 4"),
        ("dk03", SH + "政府", "县长", _DK03_QI4, None)], []),
    "dk:虞春燕": ("虞春燕", "official", SH, [
        ("dk03", SH + "政府", "副县长", "副县长虞春燕等出席会议", "2022"),
        ("dk04", SH + "政府", "副县长", "副县长虞春燕陪同调研", "2024: bare 副县长 after 泗洪县委副书记、县长")], []),
    "dk:卞学军": ("卞学军", "official", SH, [
        ("dk03", SH + "双沟镇党委", "书记", "镇党委书记卞学军汇报了", "bare 镇党委 in the 双沟镇 item")], []),
    "dk:龚启航": ("龚启航", "official", "宿迁市", [
        ("dk03", "宿迁市政府", "副市长", "宿迁市副市长龚启航来我县调研", None)], []),
    "dk:阚志平": ("阚志平", "official", SH, [
        ("dk03", SH + "委", "常委", _DK03_KAN, None),
        ("dk03", SHZ + "党工委", "书记", _DK03_KAN, "bare 经济开发区 on the 泗洪 site = the county's zone, prefixed by 宿迁 (as bj, cg, ct)")], []),
    "dk:伏海鹏": ("伏海鹏", "official", SH, [
        ("dk04", SH + "上塘镇党委", "书记", "上塘镇党委书记伏海鹏汇报了", "town of 泗洪")], []),
    "dk:柏松林": ("柏松林", "official", "泗阳县", [
        ("dk04", "泗阳县委", "书记", "泗阳县委书记柏松林出席会议并讲话", None)], []),
    "dk:钟伟杰": ("钟伟杰", "official", "泗阳县", [
        ("dk04", "泗阳县委", "副书记", _DK04_ZHONG, "bare 县委 right after 泗阳县委书记"),
        ("dk04", "泗阳县政府", "县长", _DK04_ZHONG, None)], []),
    "dk:厉振洋": ("厉振洋", "official", "沭阳县", [
        ("dk04", "沭阳县委", "副书记", "沭阳县委副书记、县长厉振洋带队检查", None),
        ("dk04", "沭阳县政府", "县长", "沭阳县委副书记、县长厉振洋带队检查", None)], []),
    "dk:邢慧敏": ("邢慧敏", "official", "沭阳县", [
        ("dk04", "沭阳县政府", "副县长", "副县长邢慧敏参加检查", "bare 副县长 in the 沭阳 item")], []),
    # ---- 涞源 (河北 保定)
    "dk:邸卫疆": ("邸卫疆", "official", LY, [
        ("dk05", LY + "委", "书记", "7月3日，县委书记邸卫疆到白石山景区调研", None),
        ("dk05", LY + "委", "书记", "县委书记邸卫疆，县委副书记", "item 4")], []),
    "dk:贺丽君": ("贺丽君", "official", LY, [
        ("dk05", LY + "委", "常委", _DK05_HE, None),
        ("dk05", LY + "委宣传部", "部长", _DK05_HE, "the 县委's 宣传部")], []),
    "dk:谷晓峰#1": ("谷晓峰", "official", LY, [
        ("dk05", LY + "政府", "副县长", "副县长谷晓峰陪同调研", "涞源 (河北); not the 谷晓峰 of 盐亭县黄甸镇 (dk10)"),
        ("dk05", LY + "政府", "副县长", "副县长谷晓峰通报了", "item 2"),
        ("dk05", LY + "政府", "副县长", "副县长谷晓峰陪同检查", "item 3")], []),
    "dk:甄海波": ("甄海波", "official", LY, [
        ("dk05", LY + "委", "副书记", _DK05_ZHEN2, None),
        ("dk05", LY + "政府", "县长", _DK05_ZHEN2, None),
        ("dk05", LY + "委", "副书记", _DK05_ZHEN4, "item 4"),
        ("dk05", LY + "政府", "县长", _DK05_ZHEN4, None)], []),
    "dk:阎玉珍": ("阎玉珍", "official", LY, [
        ("dk05", LY + "人大常委会", "主任", "县人大常委会主任阎玉珍带领执法检查组", None)], []),
    "dk:倪振东": ("倪振东", "official", "保定市", [
        ("dk05", "保定市委", "常委", _DK05_NI, None),
        ("dk05", "保定市政府", "副市长", _DK05_NI, None)], []),
    "dk:靳志刚": ("靳志刚", "official", LY, [
        ("dk05", LY + "白石山镇党委", "书记", "镇党委书记靳志刚主持会议", "bare 镇党委 in the 白石山镇 item")], []),
    # ---- 通榆 / 洮南 / 镇赉 (吉林 白城)
    "dk:计伟东": ("计伟东", "official", TY, [
        ("dk06", TY + "委", "书记", "5月15日，县委书记计伟东到开通镇", "2023"),
        ("dk07", TY + "委", "书记", "县委书记计伟东出席会议并讲话", "2025: bare 县委 after 通榆县 in the 白城日报 item")], []),
    "dk:佘东旭": ("佘东旭", "official", TY, [
        ("dk06", TY + "政府", "副县长", "副县长佘东旭陪同检查", "2023-05 (identity case: 常务副县长 in 2025, dk07)"),
        ("dk06", TY + "政府", "副县长", "副县长佘东旭出席会议并讲话", "photo item 2"),
        ("dk06", TY + "政府", "副县长", "副县长佘东旭陪同调研", "photo item 3"),
        ("dk07", TY + "委", "常委", _DK07_SHE, "2025-04: now 县委常委、常务副县长"),
        ("dk07", TY + "政府", "常务副县长", _DK07_SHE, None)], []),
    "dk:白音仓": ("白音仓", "official", TY, [
        ("dk06", TY + "向海蒙古族乡党委", "书记", "乡党委书记白音仓主持会议", "bare 乡党委 in the 向海蒙古族乡 item")], []),
    "dk:庞振华": ("庞振华", "official", TY, [
        ("dk06", TY + "委", "副书记", _DK06_PANG, "2023"),
        ("dk06", TY + "政府", "县长", _DK06_PANG, None),
        ("dk07", TY + "委", "副书记", _DK07_PANG, "2025"),
        ("dk07", TY + "政府", "县长", _DK07_PANG, None)], []),
    "dk:顾立新": ("顾立新", "official", "白城市", [
        ("dk07", "白城市政府", "副市长", "白城市副市长顾立新到洮南市调研", None)], []),
    "dk:郎明哲": ("郎明哲", "official", "洮南市", [
        ("dk07", "洮南市委", "书记", "洮南市委书记郎明哲", None)], []),
    "dk:包立军": ("包立军", "official", "洮南市", [
        ("dk07", "洮南市委", "副书记", _DK07_BAO, "bare 市委 right after 洮南市委书记 = 洮南市 (county-level city), not 白城"),
        ("dk07", "洮南市政府", "市长", _DK07_BAO, None)], []),
    "dk:薛桂芝": ("薛桂芝", "official", "镇赉县", [
        ("dk07", "镇赉县委", "副书记", _DK07_XUE, None),
        ("dk07", "镇赉县政府", "县长", _DK07_XUE, None)], []),
    "dk:严子轩": ("严子轩", "official", "镇赉县", [
        ("dk07", "镇赉县政府", "副县长", "副县长严子轩参加检查", "bare 副县长 in the 镇赉 item")], []),
    # ---- 岳西 (安徽 安庆)
    "dk:储建华": ("储建华", "official", YX, [
        ("dk08", YX + "委", "书记", "县委书记储建华主持召开县委常委会会议", "2022-11 (identity case: 安庆市副市长 in 2024, dk09)"),
        ("dk09", "安庆市政府", "副市长", "安庆市副市长储建华来岳西调研", "2024-10: a county 书记 become the city's 副市长")], []),
    "dk:汪永胜": ("汪永胜", "official", YX, [
        ("dk08", YX + "委", "副书记", _DK08_WANG1, "2022 (identity case: 县委书记 in 2024, dk09)"),
        ("dk08", YX + "政府", "县长", _DK08_WANG1, None),
        ("dk08", YX + "委", "副书记", _DK08_WANG2, "item 二"),
        ("dk08", YX + "政府", "县长", _DK08_WANG2, None),
        ("dk09", YX + "委", "书记", "县委书记汪永胜，县委常委", "2024: now 县委书记; the 【同期】 label repeats the post (no second line)")], []),
    "dk:余向阳": ("余向阳", "official", YX, [
        ("dk08", YX + "委", "常委", _DK08_YU, None),
        ("dk08", YXZ + "党工委", "书记", _DK08_YU, "bare 经济开发区 on the 岳西 site = the county's zone, prefixed by 安庆")], []),
    "dk:吴敏华": ("吴敏华", "official", YX, [
        ("dk08", YX + "政府", "副县长", "11月9日，副县长吴敏华到天堂镇督导", "2022"),
        ("dk08", YX + "政府", "副县长", "副县长吴敏华应邀到会通报了", "item 四"),
        ("dk09", YX + "政府", "副县长", "副县长吴敏华等出席会议", "2024")], []),
    "dk:殷志刚": ("殷志刚", "official", YX, [
        ("dk08", YX + "天堂镇党委", "书记", "镇党委书记殷志刚汇报了", "bare 镇党委 in the 天堂镇 item")], []),
    "dk:黄丽萍": ("黄丽萍", "official", YX, [
        ("dk08", YX + "政协", "主席", "县政协主席黄丽萍主持会议", "2022"),
        ("dk09", YX + "政协", "主席", "县政协主席黄丽萍带领部分政协委员", "2024")], []),
    "dk:陶若琳": ("陶若琳", "official", YX, [
        ("dk09", YX + "委", "常委", _DK09_TAO, None),
        ("dk09", YX + "委宣传部", "部长", _DK09_TAO, None)], []),
    "dk:程冬梅": ("程冬梅", "official", YX, [
        ("dk09", YX + "委", "副书记", _DK09_CHENG, "汪永胜's successor as 县长"),
        ("dk09", YX + "政府", "县长", _DK09_CHENG, None)], []),
    # ---- 盐亭 (四川 绵阳)
    "dk:蒲志坚": ("蒲志坚", "official", YT, [
        ("dk10", YT + "委", "书记", "8月15日，县委书记蒲志坚到黄甸镇调研", None)], []),
    "dk:罗佳蔓": ("罗佳蔓", "official", YT, [
        ("dk10", YT + "政府", "副县长", "副县长罗佳蔓陪同调研", None),
        ("dk10", YT + "政府", "副县长", "副县长罗佳蔓等出席会议", "item 3")], []),
    "dk:谷晓峰#2": ("谷晓峰", "official", YT, [
        ("dk10", YT + "黄甸镇党委", "书记", "镇党委书记谷晓峰汇报了", "盐亭 (四川); not the 谷晓峰 of 涞源县 (dk05)")], []),
    "dk:文德厚": ("文德厚", "official", "绵阳市", [
        ("dk10", "绵阳市人大常委会", "副主任", "绵阳市人大常委会副主任文德厚带领视察组", "the headline says only 绵阳市人大常委会领导")], []),
    "dk:任清华": ("任清华", "official", YT, [
        ("dk10", YT + "委", "副书记", _DK10_REN2, None),
        ("dk10", YT + "政府", "县长", _DK10_REN2, None),
        ("dk10", YT + "委", "副书记", _DK10_REN3, "item 3"),
        ("dk10", YT + "政府", "县长", _DK10_REN3, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dk01", "陶思雨", "记者", "reporter", "（记者 陶思雨）"),
    ("dk01", "宋博文", "记者", "reporter", "（记者 宋博文）"),
    ("dk01", "柴宇宁", "通讯员", "correspondent", "（通讯员 柴宇宁）"),
    ("dk01", "黎芷岚", "责任编辑", "editor", "责任编辑：黎芷岚"),
    ("dk02", "陶思雨", "记者", "reporter", "（记者 陶思雨 罗浩然）"),
    ("dk02", "罗浩然", "记者", "reporter", "（记者 陶思雨 罗浩然）"),
    ("dk02", "宋博文", "记者", "reporter", "（记者 宋博文　摄像 卢俊岐）"),
    ("dk02", "卢俊岐", "摄像", "photographer", "（记者 宋博文　摄像 卢俊岐）"),
    ("dk02", "黎芷岚", "编辑", "editor", "编辑：黎芷岚"),
    ("dk02", "甘立军", "审核", "editor", "审核：甘立军"),
    ("dk02", "伍思成", "监制", "editor", "监制：伍思成"),
    ("dk03", "孟思琪", "摄", "photographer", "（记者 孟思琪 摄）"),
    ("dk03", "汤逸凡", "记者", "reporter", "（记者 汤逸凡）"),
    ("dk03", "孟思琪", "记者", "reporter", "（记者 孟思琪）"),
    ("dk03", "葛云飞", "摄", "photographer", "（通讯员 葛云飞 摄）"),
    ("dk03", "戴文静", "责任编辑", "editor", "责任编辑：戴文静"),
    ("dk04", "吕梓涵", "记者", "reporter", "本报讯（记者 吕梓涵 通讯员 葛云飞）"),
    ("dk04", "葛云飞", "通讯员", "correspondent", "本报讯（记者 吕梓涵 通讯员 葛云飞）"),
    ("dk04", "吕梓涵", "摄", "photographer", "记者 吕梓涵 摄"),
    ("dk04", "汤子昂", "记者", "reporter", "本报讯（记者 汤子昂）"),
    ("dk04", "周墨言", "通讯员", "correspondent", "本报讯（通讯员 周墨言）"),
    ("dk04", "单雨萌", "责任编辑", "editor", "责任编辑：单雨萌"),
    ("dk04", "朱丽娜", "版式设计", "editor", "版式设计：朱丽娜"),
    ("dk04", "钱雨桐", "校对", "editor", "校对：钱雨桐"),
    ("dk05", "段雨晴", "记者", "reporter", "避暑目的地。（记者 段雨晴）"),
    ("dk05", "尚可欣", "记者", "reporter", "（记者 尚可欣）"),
    ("dk05", "尚可欣", "摄", "photographer", "（记者 尚可欣 摄）"),
    ("dk05", "杭雪莹", "通讯员", "correspondent", "（通讯员 杭雪莹）"),
    ("dk05", "孔繁博", "责任编辑", "editor", "责任编辑：孔繁博"),
    ("dk05", "马骁东", "审核", "editor", "审核：马骁东"),
    ("dk06", "隋云霞", "摄", "photographer", "察看播种机具。　　记者 隋云霞 摄"),
    ("dk06", "赵昕冉", "摄", "photographer", "通讯员 赵昕冉 摄"),
    ("dk06", "齐明月", "责任编辑", "editor", "责任编辑：齐明月"),
    ("dk07", "冯乐怡", "记者", "reporter", "本报讯（记者 冯乐怡 通讯员 吴晓鹏）"),
    ("dk07", "吴晓鹏", "通讯员", "correspondent", "本报讯（记者 冯乐怡 通讯员 吴晓鹏）"),
    ("dk07", "鲍庆丰", "通讯员", "correspondent", "本报讯（通讯员 鲍庆丰）"),
    ("dk07", "邰可心", "责任编辑", "editor", "责任编辑：邰可心"),
    ("dk07", "卓青松", "校对", "editor", "校对：卓青松"),
    ("dk08", "余梦瑶", "记者", "reporter", "带动更多群众增收致富。（记者 余梦瑶）"),
    ("dk08", "储晨阳", "记者", "reporter", "（记者 储晨阳）"),
    ("dk08", "方子涵", "通讯员", "correspondent", "（通讯员 方子涵）"),
    ("dk08", "方晓雯", "责任编辑", "editor", "责任编辑：方晓雯"),
    ("dk09", "余梦瑶", "记者", "reporter", "（记者 余梦瑶 储晨阳　摄像 刘屹航）"),
    ("dk09", "储晨阳", "记者", "reporter", "（记者 余梦瑶 储晨阳　摄像 刘屹航）"),
    ("dk09", "刘屹航", "摄像", "photographer", "（记者 余梦瑶 储晨阳　摄像 刘屹航）"),
    ("dk09", "方晓雯", "编辑", "editor", "编辑：方晓雯"),
    ("dk09", "何建勋", "审核", "editor", "审核：何建勋"),
    ("dk09", "汪海川", "监制", "editor", "监制：汪海川"),
    ("dk10", "杜若岑", "记者", "reporter", "推动乡村全面振兴。（记者 杜若岑）"),
    ("dk10", "敬海涛", "记者", "reporter", "（记者 敬海涛）"),
    ("dk10", "蔡雨桐", "编辑", "editor", "编辑：蔡雨桐"),
    ("dk10", "苟建澜", "审核", "editor", "审核：苟建澜"),
]
# a reporter who signs a second item of the same page (the label and role of the first row)
EXTRA_REPORTER_ARTICLES = {
    ("dk01", "陶思雨"): "生命财产安全。（记者 陶思雨）",
    ("dk02", "陶思雨"): "户均年增收4000元以上。\n（记者 陶思雨）",
    ("dk02", "罗浩然"): "让山区群众喝上放心水。\n（记者 罗浩然）",
    ("dk03", "汤逸凡"): "计划修复湿地1.2万亩。（记者 汤逸凡）",
    ("dk05", "段雨晴"): "守护好拒马河源头一泓清水。（记者 段雨晴）",
    ("dk06", "隋云霞"): "听取情况汇报。　　记者 隋云霞 摄",
    ("dk07", "冯乐怡"): "本报讯（记者 冯乐怡）",
    ("dk08", "余梦瑶"): "建真言、献良策。（记者 余梦瑶）",
    ("dk09", "储晨阳"): "确保年底前完成主城区管网改造。\n（记者 储晨阳）",
    ("dk10", "杜若岑"): "做好秋季开学各项准备。（记者 杜若岑）",
}
# dk09 余梦瑶 also signs item 3 (``（记者 余梦瑶）``): a second extra row of one name is not possible in the table, so it is
# a REPORTERS row of its own below.
REPORTERS.append(("dk09", "余梦瑶", "记者", "reporter", "让乡村既美在一时，更美在长久。\n（记者 余梦瑶）"))

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    # dk01
    ("dk01", "竹溪县政府第九次常务会议", "meeting (县政府常务会议)", "4月11日下午", "詹明睿", None, [],
     ["晏红霞", "明德海"], ["詹明睿"], None,
     "县长詹明睿主持召开县政府第九次常务会议",
     ["县长詹明睿主持召开", "常务副县长晏红霞，副县长明德海等出席会议", "詹明睿强调"]),
    ("dk01", "茶产业发展和春茶生产工作调研", "inspection (调研)", "4月13日", None, "岳兰芳", [],
     ["柯尚文", "詹明睿"], ["冉小兵", "岳兰芳"], "蒋家堰镇",
     "十堰市副市长岳兰芳来竹溪调研茶产业发展和春茶生产工作",
     ["十堰市副市长岳兰芳来竹溪调研", "县委书记柯尚文，县委副书记、县长詹明睿陪同调研", "镇长冉小兵介绍了", "岳兰芳指出"]),
    ("dk01", "竹溪县委常委会2022年第8次会议", "meeting (县委常委会会议)", "4月14日上午", "柯尚文", None, [],
     ["詹明睿", "邹晓梅"], ["柯尚文"], None,
     "县委书记柯尚文主持召开县委常委会2022年第8次会议",
     ["县委书记柯尚文主持召开", "县长詹明睿等县委常委出席会议", "县政协主席邹晓梅列席会议", "柯尚文要求"]),
    ("dk01", "十八里长峡生态保护联合执法检查", "inspection (联合执法检查)", "4月15日", None, "明德海", [],
     [], ["明德海"], "十八里长峡国家级自然保护区",
     "到十八里长峡国家级自然保护区开展生态保护联合执法检查",
     ["副县长明德海带领县林业、自然资源、公安等部门组成的联合检查组", "明德海要求"]),
    # dk02
    ("dk02", "竹溪县委常委会2024年第11次会议", "meeting (县委常委会会议)", "6月17日下午", "詹明睿", None, [],
     ["芮景川", "覃国良"], ["詹明睿"], None,
     "县委书记詹明睿主持召开县委常委会2024年第11次会议",
     ["县委书记詹明睿主持召开", "县长芮景川等县委常委出席会议", "县人大常委会主任覃国良列席会议", "詹明睿强调"]),
    ("dk02", "中峰镇防汛和地质灾害防治工作检查", "inspection (检查)", "今天上午", None, "芮景川", [],
     ["晏红霞"], ["田立坤", "芮景川"], "中峰镇",
     "县长芮景川到中峰镇检查防汛和地质灾害防治工作",
     ["县长芮景川到中峰镇检查防汛", "常务副县长晏红霞陪同检查", "【同期】县水利和湖泊局局长　田立坤", "芮景川要求"]),
    ("dk02", "全县农村饮水安全工作视察", "inspection (视察)", "6月17日", None, "覃国良", [],
     ["毛建霖", "聂春雨"], ["覃国良"], "丰溪镇、县河镇",
     "县人大常委会主任覃国良带领视察组，视察全县农村饮水安全工作",
     ["县人大常委会主任覃国良带领视察组", "县人大常委会副主任毛建霖参加视察，副县长聂春雨陪同", "覃国良指出"]),
    ("dk02", "水坪镇贡米产业园二期项目开工活动", "ceremony (开工活动)", "6月16日上午", None, None, [],
     [], ["晏红霞", "贾永春"], "水坪镇",
     "6月16日上午，水坪镇贡米产业园二期项目开工建设",
     ["常务副县长晏红霞出席开工活动并宣布项目开工", "镇党委书记贾永春介绍"]),
    # dk03
    ("dk03", "双沟镇重点项目建设和白酒产业发展调研", "inspection (调研)", "9月5日", None, "邵卫民", [],
     ["蔡振宇"], ["卞学军", "邵卫民"], "双沟镇",
     "县委书记邵卫民到双沟镇调研重点项目建设和白酒产业发展情况",
     ["县委书记邵卫民到双沟镇调研", "常务副县长蔡振宇陪同调研", "镇党委书记卞学军汇报了", "邵卫民强调"]),
    ("dk03", "泗洪县政府第十六次常务会议", "meeting (县政府常务会议)", "9月6日", "戚海洋", None, [],
     ["蔡振宇", "虞春燕"], [], None,
     "县长戚海洋主持召开县政府第十六次常务会议",
     ["县长戚海洋主持召开", "常务副县长蔡振宇，副县长虞春燕等出席会议"]),
    ("dk03", "经济开发区高质量发展工作调研", "inspection (调研)", "9月7日", None, "龚启航", [],
     ["戚海洋", "阚志平"], ["阚志平", "龚启航"], "泗洪经济开发区",
     "宿迁市副市长龚启航来我县调研经济开发区高质量发展工作",
     ["宿迁市副市长龚启航来我县调研", "县长戚海洋，县委常委、经济开发区党工委书记阚志平陪同调研", "阚志平汇报了", "龚启航指出"]),
    ("dk03", "泗洪县2022年第三季度重点项目集中开工活动", "ceremony (集中开工活动)", "9月8日上午", "蔡振宇", None, [],
     [], ["邵卫民", "戚海洋"], "泗洪经济开发区",
     "泗洪县2022年第三季度重点项目集中开工活动在泗洪经济开发区举行",
     ["县委书记邵卫民宣布开工", "县长戚海洋致辞", "常务副县长蔡振宇主持"]),
    # dk04
    ("dk04", "春季农业生产和高标准农田建设调研", "inspection (调研)", "3月20日", None, "蔡振宇", [],
     ["虞春燕"], ["伏海鹏", "蔡振宇"], "上塘镇、半城镇",
     "泗洪县委副书记、县长蔡振宇到上塘镇、半城镇调研春季农业生产和高标准农田建设工作",
     ["县长蔡振宇到上塘镇、半城镇调研", "副县长虞春燕陪同调研", "伏海鹏汇报了", "蔡振宇强调"]),
    ("dk04", "泗阳县2024年一季度经济运行分析会", "meeting (经济运行分析会)", "3月21日", "钟伟杰", None, ["泗阳县"],
     ["柏松林"], ["柏松林"], None,
     "泗阳县召开2024年一季度经济运行分析会",
     ["泗阳县委书记柏松林出席会议并讲话", "县长钟伟杰主持会议", "柏松林指出"]),
    ("dk04", "节后复工复产安全生产工作检查", "inspection (检查)", "3月19日", None, "厉振洋", [],
     ["邢慧敏"], ["厉振洋"], "沭阳经济技术开发区",
     "沭阳县委副书记、县长厉振洋带队检查节后复工复产安全生产工作",
     ["县长厉振洋带队检查", "副县长邢慧敏参加检查", "厉振洋要求"]),
    # dk05
    ("dk05", "白石山景区暑期旅游安全和服务保障工作调研", "inspection (调研)", "7月3日", None, "邸卫疆", [],
     ["贺丽君", "谷晓峰"], ["邸卫疆"], "白石山景区",
     "县委书记邸卫疆到白石山景区调研暑期旅游安全和服务保障工作",
     ["县委书记邸卫疆到白石山景区调研", "宣传部部长贺丽君，副县长谷晓峰陪同调研", "邸卫疆强调"]),
    ("dk05", "防汛工作专题会议", "meeting (专题会议)", "7月4日", "甄海波", None, [],
     [], ["谷晓峰", "甄海波"], None,
     "县长甄海波主持召开防汛工作专题会议",
     ["县长甄海波主持召开", "副县长谷晓峰通报了", "甄海波要求"]),
    ("dk05", "拒马河涞源段生态保护执法检查", "inspection (执法检查)", "7月5日", None, "阎玉珍", [],
     ["谷晓峰"], ["阎玉珍"], "拒马河涞源段",
     "对拒马河涞源段生态保护情况开展执法检查",
     ["县人大常委会主任阎玉珍带领执法检查组", "副县长谷晓峰陪同检查", "阎玉珍指出"]),
    ("dk05", "防汛备汛工作督导", "inspection (督导)", "7月6日", None, "倪振东", [],
     ["邸卫疆", "甄海波"], ["倪振东"], "银坊镇",
     "保定市委常委、副市长倪振东来涞源督导防汛备汛工作",
     ["副市长倪振东来涞源督导", "县委书记邸卫疆，县委副书记、县长甄海波陪同督导", "倪振东强调"]),
    ("dk05", "白石山镇乡村旅游发展推进会", "meeting (推进会)", "7月7日", "靳志刚", None, ["白石山镇"],
     [], ["靳志刚"], None,
     "7月7日，白石山镇召开乡村旅游发展推进会",
     ["镇党委书记靳志刚主持会议并讲话"]),
    # dk06
    ("dk06", "春耕生产和森林草原防火工作检查", "inspection (检查)", "5月15日", None, "计伟东", [],
     ["佘东旭"], ["计伟东"], "开通镇、边昭镇",
     "县委书记计伟东到开通镇、边昭镇检查春耕生产和森林草原防火工作",
     ["县委书记计伟东到开通镇、边昭镇检查", "副县长佘东旭陪同检查", "计伟东强调"]),
    ("dk06", "向海蒙古族乡湿地保护和生态旅游工作推进会", "meeting (推进会)", "5月16日", "白音仓", None, ["向海蒙古族乡"],
     ["佘东旭"], ["佘东旭"], None,
     "5月16日，向海蒙古族乡召开湿地保护和生态旅游工作推进会",
     ["副县长佘东旭出席会议并讲话", "乡党委书记白音仓主持会议", "佘东旭要求"]),
    ("dk06", "风电项目建设调研", "inspection (调研)", "5月18日", None, "庞振华", [],
     ["佘东旭"], ["庞振华"], "瞻榆镇",
     "县长庞振华到瞻榆镇调研风电项目建设情况",
     ["县长庞振华到瞻榆镇调研", "副县长佘东旭陪同调研", "庞振华要求"]),
    # dk07
    ("dk07", "通榆县新能源产业项目推进会", "meeting (推进会)", "4月14日", "佘东旭", None, ["通榆县"],
     ["计伟东"], ["计伟东", "庞振华", "佘东旭"], None,
     "4月14日，通榆县召开新能源产业项目推进会",
     ["县委书记计伟东出席会议并讲话", "县长庞振华通报了", "常务副县长佘东旭主持会议", "计伟东指出", "佘东旭就项目用地报批"]),
    ("dk07", "洮南市工业项目建设调研", "inspection (调研)", "4月15日", None, "顾立新", [],
     ["郎明哲", "包立军"], ["包立军", "顾立新"], "洮南市",
     "白城市副市长顾立新到洮南市调研工业项目建设",
     ["白城市副市长顾立新到洮南市调研", "洮南市委书记郎明哲，市委副书记、市长包立军陪同调研", "包立军汇报了", "顾立新强调"]),
    ("dk07", "莫莫格国家级自然保护区春季候鸟保护工作检查", "inspection (检查)", "4月13日", None, "薛桂芝", [],
     ["严子轩"], ["薛桂芝"], "莫莫格国家级自然保护区",
     "县长薛桂芝带队到莫莫格国家级自然保护区检查春季候鸟保护工作",
     ["县长薛桂芝带队到莫莫格国家级自然保护区检查", "副县长严子轩参加检查", "薛桂芝要求"]),
    # dk08
    ("dk08", "岳西县委常委会会议", "meeting (县委常委会会议)", "11月7日上午", "储建华", None, [],
     ["汪永胜"], ["储建华"], None,
     "县委书记储建华主持召开县委常委会会议",
     ["县委书记储建华主持召开", "县长汪永胜等县委常委出席会议", "储建华强调"]),
    ("dk08", "经济开发区项目建设调研", "inspection (调研)", "11月8日", None, "汪永胜", [],
     ["余向阳"], ["余向阳", "汪永胜"], "岳西经济开发区",
     "县长汪永胜到经济开发区调研项目建设和企业生产经营情况",
     ["县长汪永胜到经济开发区调研", "经济开发区党工委书记余向阳陪同调研", "余向阳汇报了", "汪永胜要求"]),
    ("dk08", "天堂镇秋冬季森林防火工作督导", "inspection (督导)", "11月9日", None, "吴敏华", [],
     [], ["殷志刚", "吴敏华"], "天堂镇",
     "副县长吴敏华到天堂镇督导秋冬季森林防火工作",
     ["副县长吴敏华到天堂镇督导", "镇党委书记殷志刚汇报了", "吴敏华要求"]),
    ("dk08", "岳西县政协十届二十三次常委会议", "meeting (政协常委会议)", "11月10日", "黄丽萍", None, ["岳西县政协"],
     ["吴敏华"], ["吴敏华", "黄丽萍"], None,
     "11月10日，县政协召开十届二十三次常委会议",
     ["县政协主席黄丽萍主持会议", "副县长吴敏华应邀到会通报了", "黄丽萍指出"]),
    # dk09
    ("dk09", "文旅融合发展工作调研", "inspection (调研)", "10月21日", None, "储建华", [],
     ["汪永胜", "陶若琳"], ["汪永胜", "储建华"], "明堂山景区、天峡景区",
     "安庆市副市长储建华来岳西调研文旅融合发展工作",
     ["安庆市副市长储建华来岳西调研", "县委书记汪永胜，县委常委、宣传部部长陶若琳陪同调研", "【同期】岳西县委书记　汪永胜", "储建华指出"]),
    ("dk09", "岳西县政府第四十二次常务会议", "meeting (县政府常务会议)", "今天上午", "程冬梅", None, [],
     ["吴敏华"], ["程冬梅"], None,
     "县长程冬梅主持召开县政府第四十二次常务会议",
     ["县长程冬梅主持召开", "副县长吴敏华等出席会议", "程冬梅强调"]),
    ("dk09", "农村人居环境整治工作视察", "inspection (视察)", "10月21日", None, "黄丽萍", [],
     [], ["黄丽萍"], "店前镇、温泉镇",
     "县政协主席黄丽萍带领部分政协委员，视察全县农村人居环境整治工作",
     ["县政协主席黄丽萍带领部分政协委员", "黄丽萍指出"]),
    # dk10
    ("dk10", "黄甸镇乡村振兴和粮油产业发展调研", "inspection (调研)", "8月15日", None, "蒲志坚", [],
     ["罗佳蔓"], ["谷晓峰", "蒲志坚"], "黄甸镇",
     "县委书记蒲志坚到黄甸镇调研乡村振兴和粮油产业发展工作",
     ["县委书记蒲志坚到黄甸镇调研", "副县长罗佳蔓陪同调研", "镇党委书记谷晓峰汇报了", "蒲志坚强调"]),
    ("dk10", "嫘祖文化保护传承工作视察", "inspection (视察)", "8月17日", None, "文德厚", [],
     ["任清华"], ["文德厚"], "盐亭",
     "绵阳市人大常委会副主任文德厚带领视察组来盐亭，视察嫘祖文化保护传承工作",
     ["绵阳市人大常委会副主任文德厚带领视察组来盐亭", "县长任清华陪同视察", "文德厚指出"]),
    ("dk10", "盐亭县政府第三十一次常务会议", "meeting (县政府常务会议)", "8月18日", "任清华", None, [],
     ["罗佳蔓"], ["任清华"], None,
     "县长任清华主持召开县政府第三十一次常务会议",
     ["县长任清华主持召开", "副县长罗佳蔓等出席会议", "任清华要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dk01", "竹溪县城区供水管网改造工程", "infrastructure_project", "竹溪县城区供水管网改造工程等工作"),
    ("dk01", "竹溪县茶叶精深加工产业园一期项目", "industrial_park", "竹溪县茶叶精深加工产业园一期项目现场"),
    ("dk02", "中峰镇竹溪河堤防加固工程", "engineering_work", "中峰镇竹溪河堤防加固工程现场"),
    ("dk02", "县河镇集中供水工程", "infrastructure_project", "县河镇集中供水工程和丰溪镇"),
    ("dk02", "水坪镇贡米产业园二期项目", "industrial_park", "6月16日上午，水坪镇贡米产业园二期项目开工建设"),
    ("dk03", "双沟镇酿酒产业园三期项目", "industrial_park", "双沟镇酿酒产业园三期项目、双沟镇老街片区改造工程现场"),
    ("dk03", "双沟镇老街片区改造工程", "project", "双沟镇老街片区改造工程现场"),
    ("dk03", "洪泽湖退圩还湖工程", "greening_project", "研究洪泽湖退圩还湖工程推进"),
    ("dk03", "泗洪经济开发区新能源电池材料产业园", "industrial_park", "来到泗洪经济开发区新能源电池材料产业园"),
    ("dk03", "经济开发区标准化厂房二期项目", "industrial_park", "经济开发区标准化厂房二期项目，察看"),
    ("dk03", "临淮镇洪泽湖湿地生态修复工程", "greening_project", "临淮镇洪泽湖湿地生态修复工程计划修复湿地"),
    ("dk04", "上塘镇高标准农田改造提升项目", "project", "察看了上塘镇高标准农田改造提升项目施工现场"),
    ("dk04", "泗阳经济开发区食品产业园二期", "industrial_park", "加快泗阳经济开发区食品产业园二期等重点项目建设"),
    ("dk04", "沭阳县城区燃气管网更新改造工程", "infrastructure_project", "沭阳县城区燃气管网更新改造工程施工现场"),
    ("dk05", "拒马河源头湿地保护修复工程", "greening_project", "实地察看了拒马河源头湿地保护修复工程"),
    ("dk05", "走马驿镇污水处理厂提标改造项目", "infrastructure_project", "走马驿镇污水处理厂提标改造项目"),
    ("dk06", "向海湿地生态修复工程", "greening_project", "加快向海湿地生态修复工程建设"),
    ("dk06", "通榆瞻榆风电场三期项目", "project", "先后察看了通榆瞻榆风电场三期项目"),
    ("dk06", "瞻榆镇220千伏升压站工程", "infrastructure_project", "瞻榆镇220千伏升压站工程施工现场"),
    ("dk07", "通榆瞻榆风电场四期", "project", "要紧盯通榆瞻榆风电场四期"),
    ("dk07", "通榆绿色氢氨醇一体化项目", "project", "通榆绿色氢氨醇一体化项目等重大项目"),
    ("dk07", "洮南经济开发区绿色农产品加工产业园", "industrial_park", "洮南经济开发区绿色农产品加工产业园"),
    ("dk07", "洮南市辣椒精深加工项目", "project", "洮南市辣椒精深加工项目现场"),
    ("dk08", "岳西经济开发区智能装备产业园二期项目", "industrial_park", "岳西经济开发区智能装备产业园二期项目"),
    ("dk08", "天堂镇林区防火通道建设工程", "infrastructure_project", "天堂镇林区防火通道建设工程"),
    ("dk09", "明堂山景区游客服务中心提升工程", "project", "明堂山景区游客服务中心提升工程"),
    ("dk09", "天峡景区索道改造项目", "project", "天峡景区索道改造项目现场"),
    ("dk09", "岳西县城区雨污分流改造工程", "infrastructure_project", "研究岳西县城区雨污分流改造工程"),
    ("dk09", "店前镇污水处理设施提标改造工程", "infrastructure_project", "店前镇污水处理设施提标改造工程"),
    ("dk10", "黄甸镇高标准农田建设项目", "project", "黄甸镇高标准农田建设项目区"),
    ("dk10", "黄甸镇粮油加工园", "industrial_park", "黄甸镇粮油加工园"),
    ("dk10", "嫘祖陵景区提升改造工程", "project", "嫘祖陵景区提升改造工程"),
    ("dk10", "金鸡镇蚕桑产业园", "industrial_park", "金鸡镇蚕桑产业园"),
    ("dk10", "梓江盐亭段防洪治理工程", "engineering_work", "梓江盐亭段防洪治理工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dk01", "竹溪县", "county", "in_project_name", "竹溪县城区供水管网改造工程等工作"),
    ("dk01", "十堰市", "city", "standalone", "十堰市领导来竹溪调研茶产业发展"),
    ("dk01", "竹溪", "county", "standalone", "十堰市领导来竹溪调研茶产业发展"),
    ("dk01", "蒋家堰镇", "town", "standalone", "来到蒋家堰镇生态茶园"),
    ("dk01", "十八里长峡", "nature_reserve", "standalone", "我县开展“十八里长峡”生态保护联合执法检查"),
    ("dk01", "十八里长峡国家级自然保护区", "nature_reserve", "standalone", "到十八里长峡国家级自然保护区开展"),
    ("dk01", "鄂坪乡", "township", "standalone", "鄂坪乡、向坝乡野生动物救护点"),
    ("dk01", "向坝乡", "township", "standalone", "鄂坪乡、向坝乡野生动物救护点"),
    ("dk02", "十堰市", "city", "in_meeting_name", "传达学习十堰市防汛工作会议精神"),
    ("dk02", "中峰镇", "town", "standalone", "芮景川到中峰镇检查防汛和地质灾害防治工作"),
    ("dk02", "竹溪河", "river", "in_project_name", "中峰镇竹溪河堤防加固工程现场"),
    ("dk02", "丰溪镇", "town", "standalone", "视察组先后来到丰溪镇、县河镇"),
    ("dk02", "县河镇", "town", "standalone", "视察组先后来到丰溪镇、县河镇"),
    ("dk02", "水坪镇", "town", "standalone", "6月16日上午，水坪镇贡米产业园二期项目开工建设"),
    ("dk03", "双沟镇", "town", "standalone", "到双沟镇调研重点项目建设"),
    ("dk03", "洪泽湖", "lake", "standalone", "退圩还湖工程是洪泽湖生态保护的重点工程"),
    ("dk03", "宿迁市", "city", "standalone", "宿迁市领导来我县调研经济开发区工作"),
    ("dk03", "经济开发区", "development_zone", "standalone", "来我县调研经济开发区高质量发展工作"),
    ("dk03", "泗洪经济开发区", "development_zone", "standalone", "来到泗洪经济开发区新能源电池材料产业园"),
    ("dk03", "泗洪县", "county", "standalone", "泗洪县2022年第三季度重点项目集中开工活动"),
    ("dk03", "临淮镇", "town", "in_project_name", "临淮镇洪泽湖湿地生态修复工程"),
    ("dk04", "泗洪县", "county", "in_title", "泗洪县委副书记、县长蔡振宇"),
    ("dk04", "上塘镇", "town", "standalone", "到上塘镇、半城镇调研"),
    ("dk04", "半城镇", "town", "standalone", "到上塘镇、半城镇调研"),
    ("dk04", "泗阳", "county", "standalone", "泗阳召开一季度经济运行分析会"),
    ("dk04", "泗阳县", "county", "standalone", "泗阳县召开2024年一季度经济运行分析会"),
    ("dk04", "泗阳经济开发区", "development_zone", "in_project_name", "加快泗阳经济开发区食品产业园二期"),
    ("dk04", "沭阳", "county", "standalone", "沭阳检查节后复工复产安全生产工作"),
    ("dk04", "沭阳县", "county", "in_title", "沭阳县委副书记、县长厉振洋"),
    ("dk04", "沭阳经济技术开发区", "development_zone", "standalone", "来到沭阳经济技术开发区两家重点企业"),
    ("dk05", "白石山景区", "scenic_area", "standalone", "到白石山景区调研暑期旅游安全"),
    ("dk05", "白石山", "scenic_area", "standalone", "把白石山打造成京津冀游客首选的避暑目的地"),
    ("dk05", "京津冀", "region", "standalone", "把白石山打造成京津冀游客首选的避暑目的地"),
    ("dk05", "拒马河", "river", "standalone", "县人大常委会开展拒马河流域生态保护执法检查"),
    ("dk05", "涞源", "county", "standalone", "保定市领导来涞源督导防汛备汛工作"),
    ("dk05", "保定市", "city", "standalone", "保定市领导来涞源督导防汛备汛工作"),
    ("dk05", "走马驿镇", "town", "in_project_name", "走马驿镇污水处理厂提标改造项目"),
    ("dk05", "银坊镇", "town", "standalone", "来到银坊镇拒马河险工段"),
    ("dk05", "白石山镇", "town", "standalone", "白石山镇召开乡村旅游发展推进会"),
    ("dk06", "开通镇", "town", "standalone", "到开通镇、边昭镇检查春耕生产"),
    ("dk06", "边昭镇", "town", "standalone", "到开通镇、边昭镇检查春耕生产"),
    ("dk06", "向海蒙古族乡", "township", "standalone", "向海蒙古族乡召开湿地保护和生态旅游工作推进会"),
    ("dk06", "向海国家级自然保护区", "nature_reserve", "standalone", "要处理好向海国家级自然保护区保护与开发的关系"),
    ("dk06", "向海", "area", "in_project_name", "加快向海湿地生态修复工程建设"),
    ("dk06", "瞻榆镇", "town", "standalone", "到瞻榆镇调研风电项目建设情况"),
    ("dk06", "通榆", "county", "in_project_name", "先后察看了通榆瞻榆风电场三期项目"),
    ("dk07", "通榆县", "county", "standalone", "通榆县召开新能源产业项目推进会"),
    ("dk07", "通榆", "county", "in_project_name", "要紧盯通榆瞻榆风电场四期"),
    ("dk07", "白城市", "city", "standalone", "白城市领导到洮南市调研工业项目建设"),
    ("dk07", "洮南市", "county_level_city", "standalone", "白城市领导到洮南市调研工业项目建设"),
    ("dk07", "洮南经济开发区", "development_zone", "in_project_name", "洮南经济开发区绿色农产品加工产业园"),
    ("dk07", "镇赉县", "county", "standalone", "镇赉县检查莫莫格保护区春季候鸟保护工作"),
    ("dk07", "莫莫格保护区", "nature_reserve", "standalone", "镇赉县检查莫莫格保护区春季候鸟保护工作"),
    ("dk07", "莫莫格国家级自然保护区", "nature_reserve", "standalone", "带队到莫莫格国家级自然保护区检查"),
    ("dk08", "安庆市", "city", "in_org_reference", "传达学习安庆市委常委会会议精神"),
    ("dk08", "岳西", "county", "in_brand", "持续擦亮“岳西翠兰”品牌"),
    ("dk08", "经济开发区", "development_zone", "standalone", "县长汪永胜到经济开发区调研"),
    ("dk08", "岳西经济开发区", "development_zone", "in_project_name", "岳西经济开发区智能装备产业园二期项目"),
    ("dk08", "天堂镇", "town", "standalone", "到天堂镇督导秋冬季森林防火工作"),
    ("dk08", "明堂山景区", "scenic_area", "standalone", "实地察看了明堂山景区防火检查站"),
    ("dk09", "安庆市", "city", "in_title", "安庆市副市长储建华"),
    ("dk09", "岳西", "county", "standalone", "储建华来岳西调研文旅融合发展工作"),
    ("dk09", "明堂山景区", "scenic_area", "in_project_name", "明堂山景区游客服务中心提升工程"),
    ("dk09", "天峡景区", "scenic_area", "in_project_name", "天峡景区索道改造项目现场"),
    ("dk09", "明堂山", "scenic_area", "standalone", "以明堂山、天峡两个核心景区为龙头"),
    ("dk09", "天峡", "scenic_area", "standalone", "以明堂山、天峡两个核心景区为龙头"),
    ("dk09", "大别山", "region", "standalone", "串联起大别山旅游环线"),
    ("dk09", "岳西县", "county", "in_project_name", "研究岳西县城区雨污分流改造工程"),
    ("dk09", "店前镇", "town", "standalone", "视察组先后来到店前镇、温泉镇"),
    ("dk09", "温泉镇", "town", "standalone", "视察组先后来到店前镇、温泉镇"),
    ("dk10", "黄甸镇", "town", "standalone", "到黄甸镇调研乡村振兴和粮油产业发展工作"),
    ("dk10", "绵阳市", "city", "standalone", "绵阳市人大常委会领导来盐亭视察"),
    ("dk10", "盐亭", "county", "standalone", "绵阳市人大常委会领导来盐亭视察"),
    ("dk10", "嫘祖陵", "heritage_site", "in_project_name", "来到嫘祖陵景区提升改造工程"),
    ("dk10", "金鸡镇", "town", "in_project_name", "金鸡镇蚕桑产业园"),
    ("dk10", "梓江", "river", "standalone", "加快梓江防洪治理工程建设"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dk", conventions="set dk (blind set: county 融媒体 and government-site pages that carry several short dated items on one page — 一周要闻 (竹溪 ◆ items, 盐亭 【】 items), 要闻速览 (泗洪, 岳西 一、二、…), 新闻简讯 (涞源 ◆), 图片新闻 (通榆, photo captions 图为… with 记者 / 通讯员 … 摄), a city paper's 县区 page (宿迁日报 A03 with 泗洪, 泗阳, 沭阳 items; 白城日报 03 with 通榆, 洮南, 镇赉 items) — and county TV 新闻联播 transcripts (竹溪, 岳西: 导读 list and opening 口播 as chrome, items dated 今天 = the broadcast day, 【同期】 labels with titles give posts), in 湖北 十堰, 江苏 宿迁, 河北 保定, 吉林 白城, 安徽 安庆, 四川 绵阳; every item is an article dated by its own lead, one line per post per article; caption credits … 摄 are photographer rows (label 摄), 摄像 a photographer row (label 摄像); bare organs take the page's county (or, in a city paper, the county named just before); a county's 经济开发区 takes the prefecture city (宿迁泗洪经济开发区, 安庆岳西经济开发区), not folded)",
          persons_note="Set dk persons. id = corpus-wide person_id (dk:谷晓峰#1 涞源县副县长 (河北, 2023-07) and dk:谷晓峰#2 盐亭县黄甸镇党委书记 (四川, 2023-08) are two people; dk:詹明睿 竹溪县长 2022 → 县委书记 2024; dk:蔡振宇 泗洪 常务副县长 2022 → 县长 2024; dk:佘东旭 通榆 副县长 2023 → 县委常委、常务副县长 2025; dk:储建华 岳西县委书记 2022 → 安庆市副市长 2024; dk:汪永胜 岳西县长 2022 → 县委书记 2024)")


if __name__ == "__main__":
    main()
