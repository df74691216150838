"""Write gold part ``k`` (a blind set of development-zone and new-area pages) from the tables below.

Pages ``tests/dev/texts/k*.txt`` were written for this part with invented names (people, companies, most projects),
modelled on real pages of the genre read with the ``search`` tool: zone 管委会 sites (a 亳州高新区 and a 滨州高新区
党工委（扩大）/委员会议 report, an 烟台高新区 工委扩大会议 page, a 曲靖经开区 观摩-route inspection, a 京山经济开发区 项目
拉练, a 滨州高新区 and a 如皋经开区 集中签约仪式 with company chairmen, a 长春高新区 要素保障 调研, 晋中开发区 党工委会议
with a long chain of 党工委委员、管委会副主任), city papers (郑州晚报 and 孝感 pages on 市高新区, a 湛江 综保区 调研, a
梅州日报 综保区 report, a 南宁 五象新区 常务副主任 调研), and 新区 pages (长春新区, 柳东新区（高新区）, 两江新区,
兰州新区 appointments). Places are real and not yet in the corpus: 石家庄高新区, 南昌经开区 (twice), 宜昌高新区
(twice), 芜湖经开区 and 芜湖综保区, 株洲高新区 run together with 天元区, 长春新区, 昆明高新区.

Identity cases:
- bare 高新区 on the pages of four cities: 石家庄 (k01), 宜昌 (k04; k05 writes 市高新区 on 三峡日报, 宜昌's paper),
  株洲 (k08, a 天元区 site: 区政合一), 昆明 (k10); the city comes only from the site line or the masthead.
- bare 经开区 on the pages of two cities: 南昌 (k02 zone site, k03 南昌日报) and 芜湖 (k06 zone site, k07 芜湖日报).
- people who move: k:向立军 is 宜昌高新区党工委委员、管委会副主任 in 2021 (k04) and 党工委副书记、管委会主任 in 2023
  (k05); k:汪志诚 is 芜湖经开区党工委书记 in 2020 (k06) and 芜湖市副市长 in 2024 (k07); k:葛宏 is 芜湖经开区管委会主任
  in 2020 (k06) and 经开区党工委书记 in 2024 (k07). k:钟立峰 and k:熊卫国 keep their 南昌经开区 posts on the zone site
  (k02, 2021) and in the city paper (k03, 2023).
- two different people with one name: k:孙建国#1 (石家庄高新区党工委委员、管委会副主任, k01, 2022) and k:孙建国#2
  (长春新区党工委委员、管委会副主任, k09, 2022) — same title, different zones.

Shapes: a 党工委（扩大）会议 with attendees and 列席 (k01), a 项目观摩 of five named projects with a 点评会 (k02), a city
mayor visiting a zone on a paper's 02版 with a company 总经理 (k03), an outbound 招商 trip with a company chairman
(k04), a paper page of two articles from two days (k05), a 集中签约仪式 with two company chairmen (k06), a 副市长 at a
综保区 with a customs 副关长 (k07), a 区委常委会（高新区党工委会议） of a district and zone run together (k08), a 新区
项目谋划推进会 with a city 市委常委、副市长 who is the 新区 secretary (k09), a zone 经济运行分析会 with 区领导 named
without titles, one of them with the surname 和 (k10).

Annotated by hand before newskg was run on the pages. Every evidence string is checked to be a substring of its
page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts g, h and i): bare organs take the page's place: 党工委 / 管委会 / 纪工委 / 投资促进局 on a zone
site = that zone's (石家庄高新区党工委, 宜昌高新区投资促进局); 市委 on a zone site = the zone's city's (石家庄市委);
区委 / 区长 on the 天元区 site = 天元区's, 高新区 there = 株洲高新区; 市 on a city paper = that city (三峡日报 → 宜昌,
so 市高新区 → 宜昌高新区, 市人大常委会 → 宜昌市人大常委会; 芜湖日报 → 芜湖市商务局). 综合保税区 folds to 综保区
(芜湖综保区 is written so). 长春新区 keeps its name (as 郑东新区). ``市委常委、副市长，长春新区党工委书记`` gives three
lines. 芜湖海关 + 副关长 is a post (a state organ). Company roles (董事长, 总经理) and 区领导 are not posts; people
named with them only are listed without a post (type company / official). Place rows: a zone's bare short form
is a place as written (高新区, 经开区, 综保区, 新区); 市高新区 is annotated as the place 高新区 (市 is the bare city
modifier, like 市 in 市委); established parks with a place name are places (白洋工业园, 宜昌生物产业园), a park named
only by a brand is not (瑞康生物医药产业园); places inside project and organisation names count (乐化镇 in a project,
芜湖 in 芜湖海关, 夷陵区 in 夷陵区政务服务中心); company names, site lines, mastheads, 上一篇/下一篇 lines and footers
are not annotated. Projects are the works named as inspected, observed, signed or to be pushed (…二期, …工程, …项目);
an existing park visited is a place, not a project.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "k01_shijiazhuang_gxq.txt": (2022, "发布时间：2022-08-03 17:42", "石家庄高新区", [
        ("高新区召开党工委（扩大）会议 研究部署下半年重点工作", "8月2日下午", "2022-08-02", "8月2日下午，市委常委",
         "zone party working committee enlarged meeting; city 市委常委 is the zone secretary; 列席")]),
    "k02_nanchang_jkq.txt": (2021, "时间：2021-06-25 09:16", "南昌经开区", [
        ("经开区开展二季度重点项目观摩活动", "6月24日", "2021-06-24", "6月24日，经开区组织开展",
         "quarterly project observation tour of five named projects and a 点评会; 区领导 without titles")]),
    "k03_nanchang.txt": (2023, "2023年04月12日", "南昌经开区", [
        ("伍志斌在经开区调研时强调", "4月11日", "2023-04-11", "本报讯（记者 刘晨曦 通讯员 涂雨婷）4月11日",
         "city mayor inspects the zone (city paper 02版); company 总经理; zone leaders accompany")]),
    "k04_yichang_gxq.txt": (2021, "发布日期：2021-05-21", "宜昌高新区", [
        ("向立军带队开展外出招商活动", "5月17日至19日", "2021-05-17", "5月17日至19日，高新区党工委委员",
         "zone deputy head leads an investment-promotion trip; company chairman")]),
    "k05_yichang.txt": (2023, "2023年11月22日", "宜昌市", [
        ("庞晓梅到市高新区调研生物医药产业发展", "11月21日", "2023-11-21", "本报讯（记者 周婉清 通讯员 李锐）11月21日",
         "city deputy secretary inspects 市高新区; the zone's new 管委会主任 accompanies"),
        ("市人大常委会调研优化营商环境工作", "11月20日", "2023-11-20", "本报讯（记者 黄子涵）11月20日",
         "city people's congress inspects the business environment in a district (a day earlier)")]),
    "k06_wuhu_jkq.txt": (2020, "发布时间：2020-09-18 10:05", "芜湖经开区", [
        ("经开区举行三季度重大项目集中签约仪式", "9月17日上午", "2020-09-17", "9月17日上午，经开区三季度",
         "signing ceremony of six projects; two company chairmen speak (not posts)")]),
    "k07_wuhu.txt": (2024, "2024年03月15日", "芜湖综保区", [
        ("汪志诚到芜湖综保区调研", "3月14日", "2024-03-14", "本报讯（记者 方思远）3月14日",
         "city vice-mayor (former zone secretary) inspects the comprehensive bonded zone; customs deputy head")]),
    "k08_zhuzhou_tianyuan.txt": (2023, "发布时间：2023-07-12 18:20", "天元区", [
        ("区委常委会（高新区党工委会议）召开", "7月11日", "2023-07-11", "7月11日，区委书记",
         "district standing committee held as the zone party working committee (区政合一); 列席")]),
    "k09_changchun_xinqu.txt": (2022, "发布时间：2022-12-09 16:30", "长春新区", [
        ("长春新区召开2023年重点项目谋划推进会", "12月8日", "2022-12-08", "12月8日，长春新区召开",
         "new-area project planning meeting; 市委常委、副市长 who is the 新区 secretary")]),
    "k10_kunming_gxq.txt": (2024, "发布时间：2024-10-16 15:08", "昆明高新区", [
        ("高新区召开三季度经济运行分析会", "10月15日上午", "2024-10-15", "10月15日上午，高新区召开",
         "zone quarterly economic analysis meeting; 区领导 without titles, surname 和")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "k:郭振华": ("郭振华", "official", "石家庄高新区", [
        ("k01", "石家庄市委", "常委", "市委常委、高新区党工委书记郭振华主持召开", "市委 on a 石家庄高新区 site = 石家庄市委"),
        ("k01", "石家庄高新区党工委", "书记", "市委常委、高新区党工委书记郭振华主持召开", "高新区 on a 石家庄 site = 石家庄高新区")], []),
    "k:苏景涛": ("苏景涛", "official", "石家庄高新区", [
        ("k01", "石家庄高新区党工委", "副书记", "党工委副书记、管委会主任苏景涛", None),
        ("k01", "石家庄高新区管委会", "主任", "党工委副书记、管委会主任苏景涛", None)], []),
    "k:吕秀芬": ("吕秀芬", "official", "石家庄高新区", [
        ("k01", "石家庄高新区党工委", "副书记", "党工委副书记吕秀芬", None)], []),
    "k:孙建国#1": ("孙建国", "official", "石家庄高新区", [
        ("k01", "石家庄高新区党工委", "委员", "党工委委员、管委会副主任孙建国、贾立新", "not the 孙建国 of 长春新区 (k09)"),
        ("k01", "石家庄高新区管委会", "副主任", "党工委委员、管委会副主任孙建国、贾立新", None)], []),
    "k:贾立新": ("贾立新", "official", "石家庄高新区", [
        ("k01", "石家庄高新区党工委", "委员", "党工委委员、管委会副主任孙建国、贾立新", None),
        ("k01", "石家庄高新区管委会", "副主任", "党工委委员、管委会副主任孙建国、贾立新", None)], []),
    "k:范海英": ("范海英", "official", "石家庄高新区", [
        ("k01", "石家庄高新区党工委", "委员", "党工委委员、纪工委书记范海英", None),
        ("k01", "石家庄高新区纪工委", "书记", "党工委委员、纪工委书记范海英", None)], []),
    "k:钟立峰": ("钟立峰", "official", "南昌经开区", [
        ("k02", "南昌经开区党工委", "书记", "经开区党工委书记钟立峰，党工委副书记、管委会主任熊卫国带队观摩", "经开区 on a 南昌 site = 南昌经开区"),
        ("k03", "南昌经开区党工委", "书记", "经开区党工委书记钟立峰，党工委副书记、管委会主任熊卫国陪同调研", "same post two years later, in the city paper")], []),
    "k:熊卫国": ("熊卫国", "official", "南昌经开区", [
        ("k02", "南昌经开区党工委", "副书记", "党工委副书记、管委会主任熊卫国带队观摩", None),
        ("k02", "南昌经开区管委会", "主任", "党工委副书记、管委会主任熊卫国带队观摩", None),
        ("k03", "南昌经开区党工委", "副书记", "党工委副书记、管委会主任熊卫国陪同调研", None),
        ("k03", "南昌经开区管委会", "主任", "党工委副书记、管委会主任熊卫国陪同调研", None)], []),
    "k:涂晓峰": ("涂晓峰", "official", "南昌经开区", [
        ("k02", "南昌经开区党工委", "委员", "党工委委员、管委会副主任涂晓峰、万丽萍", None),
        ("k02", "南昌经开区管委会", "副主任", "党工委委员、管委会副主任涂晓峰、万丽萍", None)], []),
    "k:万丽萍": ("万丽萍", "official", "南昌经开区", [
        ("k02", "南昌经开区党工委", "委员", "党工委委员、管委会副主任涂晓峰、万丽萍", None),
        ("k02", "南昌经开区管委会", "副主任", "党工委委员、管委会副主任涂晓峰、万丽萍", None)], []),
    "k:黄建华": ("黄建华", "official", "南昌经开区", [], ["k02"]),
    "k:聂晓兵": ("聂晓兵", "official", "南昌经开区", [], ["k02"]),
    "k:伍志斌": ("伍志斌", "official", "南昌市", [
        ("k03", "南昌市委", "副书记", "市委副书记、市长伍志斌到经开区调研", "市 in 南昌日报 = 南昌市"),
        ("k03", "南昌市政府", "市长", "市委副书记、市长伍志斌到经开区调研", "the mayor's post is the city's, not the zone's")], []),
    "k:章晓红": ("章晓红", "official", "南昌市", [
        ("k03", "南昌市政府", "副市长", "副市长章晓红，市政府秘书长喻立平参加调研", None)], []),
    "k:喻立平": ("喻立平", "official", "南昌市", [
        ("k03", "南昌市政府", "秘书长", "市政府秘书长喻立平参加调研", None)], []),
    "k:邹伟明": ("邹伟明", "company", "南昌经开区", [], ["k03"]),
    "k:向立军": ("向立军", "official", "宜昌高新区", [
        ("k04", "宜昌高新区党工委", "委员", "高新区党工委委员、管委会副主任向立军带队", "高新区 on a 宜昌 site = 宜昌高新区"),
        ("k04", "宜昌高新区管委会", "副主任", "高新区党工委委员、管委会副主任向立军带队", None),
        ("k05", "宜昌高新区党工委", "副书记", "市高新区党工委副书记、管委会主任向立军陪同调研", "市高新区 in 三峡日报 = 宜昌高新区; moved up from 副主任 (k04, 2021)"),
        ("k05", "宜昌高新区管委会", "主任", "市高新区党工委副书记、管委会主任向立军陪同调研", None)], []),
    "k:覃晓燕": ("覃晓燕", "official", "宜昌高新区", [
        ("k04", "宜昌高新区投资促进局", "局长", "高新区投资促进局局长覃晓燕参加", None)], []),
    "k:沈国平": ("沈国平", "company", "苏州", [], ["k04"]),
    "k:庞晓梅": ("庞晓梅", "official", "宜昌市", [
        ("k05", "宜昌市委", "副书记", "市委副书记庞晓梅到市高新区调研", "市委 in 三峡日报 = 宜昌市委")], []),
    "k:邓启明": ("邓启明", "official", "宜昌市", [
        ("k05", "宜昌市政府", "副市长", "副市长邓启明参加调研", None)], []),
    "k:卢国强": ("卢国强", "official", "宜昌市", [
        ("k05", "宜昌市人大常委会", "主任", "市人大常委会主任卢国强带队调研", "second article, a day earlier")], []),
    "k:黎红梅": ("黎红梅", "official", "宜昌市", [
        ("k05", "宜昌市人大常委会", "副主任", "市人大常委会副主任黎红梅参加", None)], []),
    "k:秦志刚": ("秦志刚", "official", "夷陵区", [
        ("k05", "夷陵区委", "书记", "夷陵区委书记秦志刚陪同调研", None)], []),
    "k:汪志诚": ("汪志诚", "official", "芜湖经开区", [
        ("k06", "芜湖经开区党工委", "书记", "经开区党工委书记汪志诚出席并致辞", "经开区 on a 芜湖 site = 芜湖经开区"),
        ("k07", "芜湖市政府", "副市长", "3月14日，副市长汪志诚到芜湖综保区调研", "moved from 芜湖经开区党工委书记 (k06, 2020) to the city's 副市长 (2024)")], []),
    "k:葛宏": ("葛宏", "official", "芜湖经开区", [
        ("k06", "芜湖经开区党工委", "副书记", "党工委副书记、管委会主任葛宏主持签约仪式", None),
        ("k06", "芜湖经开区管委会", "主任", "党工委副书记、管委会主任葛宏主持签约仪式", None),
        ("k07", "芜湖经开区党工委", "书记", "经开区党工委书记葛宏", "经开区 in 芜湖日报 = 芜湖经开区; moved up from 管委会主任 (k06, 2020)")], []),
    "k:陶立平": ("陶立平", "official", "芜湖经开区", [
        ("k06", "芜湖经开区党工委", "委员", "党工委委员、管委会副主任陶立平介绍", None),
        ("k06", "芜湖经开区管委会", "副主任", "党工委委员、管委会副主任陶立平介绍", None)], []),
    "k:潘永胜": ("潘永胜", "company", "芜湖经开区", [], ["k06"]),
    "k:许国梁": ("许国梁", "company", "芜湖经开区", [], ["k06"]),
    "k:孔令东": ("孔令东", "external_official", "芜湖市", [
        ("k07", "芜湖海关", "副关长", "芜湖海关副关长孔令东", "a state organ: a post")], []),
    "k:詹晓丽": ("詹晓丽", "official", "芜湖市", [
        ("k07", "芜湖市商务局", "局长", "市商务局局长詹晓丽参加调研", "市 in 芜湖日报 = 芜湖市")], []),
    "k:龙建新": ("龙建新", "official", "天元区", [
        ("k08", "天元区委", "书记", "区委书记、株洲高新区党工委书记龙建新主持召开", "区委 on the 天元区 site = 天元区委 (区政合一 with 株洲高新区)"),
        ("k08", "株洲高新区党工委", "书记", "区委书记、株洲高新区党工委书记龙建新主持召开", None)], []),
    "k:谭海燕": ("谭海燕", "official", "天元区", [
        ("k08", "天元区委", "副书记", "区委副书记、区长、高新区管委会主任谭海燕", None),
        ("k08", "天元区政府", "区长", "区委副书记、区长、高新区管委会主任谭海燕", None),
        ("k08", "株洲高新区管委会", "主任", "区委副书记、区长、高新区管委会主任谭海燕", "高新区 on a 株洲 天元区 site = 株洲高新区")], []),
    "k:易志刚": ("易志刚", "official", "天元区", [
        ("k08", "天元区委", "常委", "区委常委、常务副区长易志刚", None),
        ("k08", "天元区政府", "常务副区长", "区委常委、常务副区长易志刚", None)], []),
    "k:彭建明": ("彭建明", "official", "天元区", [
        ("k08", "天元区委", "常委", "区委常委、高新区党工委委员、管委会副主任彭建明", None),
        ("k08", "株洲高新区党工委", "委员", "区委常委、高新区党工委委员、管委会副主任彭建明", None),
        ("k08", "株洲高新区管委会", "副主任", "区委常委、高新区党工委委员、管委会副主任彭建明", "管委会 follows 高新区 of the same chain")], []),
    "k:贺小平": ("贺小平", "official", "天元区", [
        ("k08", "天元区人大常委会", "主任", "区人大常委会主任贺小平", None)], []),
    "k:刘晓岚": ("刘晓岚", "official", "天元区", [
        ("k08", "天元区政协", "主席", "区政协主席刘晓岚列席会议", None)], []),
    "k:吕振宇": ("吕振宇", "official", "长春新区", [
        ("k09", "长春市委", "常委", "市委常委、副市长，长春新区党工委书记吕振宇出席会议", "市 on the 长春新区 site = 长春市"),
        ("k09", "长春市政府", "副市长", "市委常委、副市长，长春新区党工委书记吕振宇出席会议", None),
        ("k09", "长春新区党工委", "书记", "市委常委、副市长，长春新区党工委书记吕振宇出席会议", "长春新区 keeps its name")], []),
    "k:于海涛": ("于海涛", "official", "长春新区", [
        ("k09", "长春新区党工委", "副书记", "党工委副书记、管委会主任于海涛主持会议", None),
        ("k09", "长春新区管委会", "主任", "党工委副书记、管委会主任于海涛主持会议", None)], []),
    "k:孙建国#2": ("孙建国", "official", "长春新区", [
        ("k09", "长春新区党工委", "委员", "党工委委员、管委会副主任孙建国通报", "not the 孙建国 of 石家庄高新区 (k01)"),
        ("k09", "长春新区管委会", "副主任", "党工委委员、管委会副主任孙建国通报", None)], []),
    "k:杨正荣": ("杨正荣", "official", "昆明高新区", [
        ("k10", "昆明高新区党工委", "副书记", "党工委副书记、管委会主任杨正荣主持会议", "高新区 on a 昆明 site = 昆明高新区"),
        ("k10", "昆明高新区管委会", "主任", "党工委副书记、管委会主任杨正荣主持会议", None)], []),
    "k:普丽华": ("普丽华", "official", "昆明高新区", [
        ("k10", "昆明高新区党工委", "委员", "党工委委员、管委会副主任普丽华通报", "surname 普"),
        ("k10", "昆明高新区管委会", "副主任", "党工委委员、管委会副主任普丽华通报", None)], []),
    "k:段文斌": ("段文斌", "official", "昆明高新区", [], ["k10"]),
    "k:和建国": ("和建国", "official", "昆明高新区", [], ["k10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("k01", "郝雅静", "责任编辑", "editor", "责任编辑：郝雅静"),
    ("k02", "胡思琪", "编辑", "editor", "编辑：胡思琪"),
    ("k02", "罗建勇", "审核", "editor", "审核：罗建勇"),
    ("k03", "刘晨曦", "记者", "reporter", "（记者 刘晨曦 通讯员 涂雨婷）"),
    ("k03", "涂雨婷", "通讯员", "correspondent", "（记者 刘晨曦 通讯员 涂雨婷）"),
    ("k04", "望文清", "审核", "editor", "审核：望文清"),
    ("k05", "周婉清", "记者", "reporter", "（记者 周婉清 通讯员 李锐）"),
    ("k05", "李锐", "通讯员", "correspondent", "（记者 周婉清 通讯员 李锐）"),
    ("k05", "黄子涵", "记者", "reporter", "（记者 黄子涵）"),
    ("k06", "刘佳音", "作者", "author", "（投资促进局 刘佳音）"),
    ("k07", "方思远", "记者", "reporter", "（记者 方思远）"),
    ("k07", "鲁文静", "责任编辑", "editor", "责任编辑：鲁文静"),
    ("k08", "尹佳慧", "作者", "author", "作者：尹佳慧"),
    ("k10", "李思彤", "编辑", "editor", "编辑：李思彤"),
    ("k10", "周丽娟", "审核", "editor", "审核：周丽娟"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("k01", "党工委（扩大）会议", "meeting (党工委扩大会议)", "8月2日下午", "郭振华", None, [],
     ["苏景涛", "吕秀芬", "孙建国", "贾立新", "范海英"], ["孙建国", "郭振华", "苏景涛"], None,
     "高新区党工委书记郭振华主持召开党工委（扩大）会议",
     ["党工委书记郭振华主持召开", "纪工委书记范海英出席会议", "孙建国通报了", "郭振华指出", "苏景涛就落实会议精神作具体安排"]),
    ("k02", "二季度重点项目观摩活动", "site observation (项目观摩)", "6月24日", None, "钟立峰", ["经开区"],
     ["熊卫国", "涂晓峰", "万丽萍", "黄建华", "聂晓兵"], [], None,
     "经开区组织开展二季度重点项目观摩活动",
     ["管委会主任熊卫国带队观摩", "区领导黄建华、聂晓兵参加", "观摩团一行先后来到"]),
    ("k02", "点评会", "meeting (观摩点评会)", "6月24日", None, None, [],
     ["熊卫国", "涂晓峰"], ["钟立峰", "熊卫国", "涂晓峰"], None,
     "在随后召开的点评会上，钟立峰指出",
     ["在随后召开的点评会上，钟立峰指出", "熊卫国要求", "涂晓峰通报了"]),
    ("k03", "重点产业项目建设调研", "inspection (调研)", "4月11日", None, "伍志斌", [],
     ["章晓红", "喻立平", "钟立峰", "熊卫国"], ["邹伟明", "伍志斌"], "经开区",
     "市长伍志斌到经开区调研重点产业项目建设情况",
     ["市长伍志斌到经开区调研", "喻立平参加调研", "总经理邹伟明介绍", "伍志斌强调", "熊卫国陪同调研"]),
    ("k04", "外出招商活动", "visit (招商)", "5月17日至19日", None, "向立军", [],
     ["覃晓燕"], ["沈国平", "向立军"], "苏州、无锡、上海",
     "管委会副主任向立军带队赴苏州、无锡、上海开展招商活动",
     ["管委会副主任向立军带队", "局长覃晓燕参加", "沈国平表示", "向立军表示"]),
    ("k05", "生物医药产业发展调研", "inspection (调研)", "11月21日", None, "庞晓梅", [],
     ["邓启明", "向立军"], ["庞晓梅"], "市高新区",
     "市委副书记庞晓梅到市高新区调研生物医药产业发展情况",
     ["市委副书记庞晓梅到市高新区调研", "副市长邓启明参加调研", "庞晓梅强调", "管委会主任向立军陪同调研"]),
    ("k05", "优化营商环境工作调研", "inspection (调研)", "11月20日", None, "卢国强", ["市人大常委会"],
     ["黎红梅", "秦志刚"], ["卢国强"], "夷陵区",
     "市人大常委会主任卢国强带队调研全市优化营商环境工作",
     ["主任卢国强带队调研", "副主任黎红梅参加", "夷陵区委书记秦志刚陪同调研", "卢国强指出"]),
    ("k06", "三季度重大项目集中签约仪式", "ceremony (签约仪式)", "9月17日上午", "葛宏", None, ["经开区"],
     ["汪志诚", "陶立平", "潘永胜", "许国梁"], ["汪志诚", "陶立平", "潘永胜", "许国梁"], "管委会一楼会议室",
     "经开区三季度重大项目集中签约仪式在管委会一楼会议室举行",
     ["党工委书记汪志诚出席并致辞", "管委会主任葛宏主持签约仪式", "副主任陶立平介绍签约项目情况", "董事长许国梁作为企业代表发言"]),
    ("k07", "外贸稳增长和保税新业态发展调研", "inspection (调研)", "3月14日", None, "汪志诚", [],
     ["孔令东", "葛宏", "詹晓丽"], ["汪志诚"], "芜湖综保区",
     "副市长汪志诚到芜湖综保区调研外贸稳增长和保税新业态发展情况",
     ["副市长汪志诚到芜湖综保区调研", "他强调", "芜湖海关副关长孔令东，经开区党工委书记葛宏，市商务局局长詹晓丽参加调研"]),
    ("k08", "区委常委会（高新区党工委会议）", "meeting (区委常委会 / 党工委会议)", "7月11日", "龙建新", None, [],
     ["谭海燕", "易志刚", "彭建明", "贺小平", "刘晓岚"], [], None,
     "龙建新主持召开区委常委会（高新区党工委会议）",
     ["龙建新主持召开区委常委会", "管委会副主任彭建明出席会议", "区政协主席刘晓岚列席会议"]),
    ("k09", "2023年重点项目谋划推进会", "meeting (项目谋划推进会)", "12月8日", "于海涛", None, ["长春新区"],
     ["吕振宇", "孙建国"], ["孙建国", "吕振宇", "于海涛"], None,
     "长春新区召开2023年重点项目谋划推进会，总结今年项目建设情况",
     ["吕振宇出席会议并讲话", "于海涛主持会议", "孙建国通报2022年重点项目推进情况", "吕振宇强调", "于海涛要求"]),
    ("k10", "三季度经济运行分析会", "meeting (经济运行分析会)", "10月15日上午", "杨正荣", None, ["高新区"],
     ["普丽华", "段文斌", "和建国"], ["普丽华", "杨正荣"], None,
     "高新区召开三季度经济运行分析会，通报前三季度",
     ["杨正荣主持会议并讲话", "普丽华通报经济运行情况", "区领导段文斌、和建国参加会议", "杨正荣强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("k01", "高新区生物医药产业园三期", "industrial_park", "高新区生物医药产业园三期"),
    ("k01", "智汇科创港一期", "project", "智汇科创港一期"),
    ("k01", "东部新能源装备制造基地", "project", "东部新能源装备制造基地"),
    ("k01", "滹沱河南岸片区综合整治工程", "engineering_work", "滹沱河南岸片区综合整治工程"),
    ("k02", "恒驰新能源汽车零部件产业园二期", "industrial_park", "恒驰新能源汽车零部件产业园二期、昌北智能终端产业园"),
    ("k02", "昌北智能终端产业园", "industrial_park", "昌北智能终端产业园"),
    ("k02", "白水湖片区路网提升工程", "infrastructure_project", "白水湖片区路网提升工程"),
    ("k02", "经开区人才公寓二期", "project", "经开区人才公寓二期"),
    ("k02", "乐化镇污水处理厂扩建工程", "infrastructure_project", "乐化镇污水处理厂扩建工程"),
    ("k03", "恒驰新能源汽车零部件产业园二期", "industrial_park", "恒驰新能源汽车零部件产业园二期、昌盛锂电储能电池生产基地"),
    ("k03", "昌盛锂电储能电池生产基地", "project", "在昌盛锂电储能电池生产基地"),
    ("k03", "经开区智能制造公共服务平台", "project", "经开区智能制造公共服务平台"),
    ("k05", "康源药业原料药绿色升级项目", "project", "康源药业原料药绿色升级项目"),
    ("k05", "三峡生物医药中试基地", "project", "三峡生物医药中试基地"),
    ("k06", "年产20万套新能源汽车电驱系统项目", "project", "年产20万套新能源汽车电驱系统项目"),
    ("k06", "高精密轴承生产基地项目", "project", "高精密轴承生产基地项目"),
    ("k06", "年产5万吨改性工程塑料项目", "project", "年产5万吨改性工程塑料项目"),
    ("k07", "综保区三期围网工程", "infrastructure_project", "综保区三期围网工程"),
    ("k08", "轨道交通智能装备产业园二期", "industrial_park", "轨道交通智能装备产业园二期"),
    ("k08", "通用航空产业园三期", "industrial_park", "通用航空产业园三期"),
    ("k08", "湘江风光带提质工程", "greening_project", "湘江风光带提质工程"),
    ("k09", "中科光电产业园二期", "industrial_park", "中科光电产业园二期"),
    ("k09", "北湖科技开发区科创大厦", "project", "北湖科技开发区科创大厦"),
    ("k09", "空港经济开发区冷链物流中心", "logistics_hub", "空港经济开发区冷链物流中心"),
    ("k10", "马金铺生物医药产业园三期", "industrial_park", "马金铺生物医药产业园三期"),
    ("k10", "高新区数字经济产业园", "industrial_park", "高新区数字经济产业园"),
    ("k10", "海源北路延长线工程", "infrastructure_project", "海源北路延长线工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("k01", "高新区", "development_zone", "standalone", "上半年，高新区规模以上工业增加值"),
    ("k01", "滹沱河南岸片区", "area", "in_project_name", "滹沱河南岸片区综合整治工程"),
    ("k02", "经开区", "development_zone", "standalone", "6月24日，经开区组织开展"),
    ("k02", "昌北", "area", "in_project_name", "昌北智能终端产业园"),
    ("k02", "白水湖片区", "area", "in_project_name", "白水湖片区路网提升工程"),
    ("k02", "乐化镇", "town", "in_project_name", "乐化镇污水处理厂扩建工程"),
    ("k03", "经开区", "development_zone", "standalone", "市长伍志斌到经开区调研"),
    ("k03", "南昌", "city", "standalone", "为南昌打造先进制造业高地"),
    ("k04", "高新区", "development_zone", "standalone", "推介高新区投资环境"),
    ("k04", "苏州", "city", "standalone", "带队赴苏州、无锡、上海开展招商活动"),
    ("k04", "无锡", "city", "standalone", "带队赴苏州、无锡、上海开展招商活动"),
    ("k04", "上海", "city", "standalone", "带队赴苏州、无锡、上海开展招商活动"),
    ("k04", "宜昌", "city", "standalone", "宜昌区位优势明显"),
    ("k04", "白洋工业园", "industrial_park", "standalone", "介绍了白洋工业园和宜昌生物产业园的发展定位"),
    ("k04", "宜昌生物产业园", "industrial_park", "standalone", "介绍了白洋工业园和宜昌生物产业园的发展定位"),
    ("k05", "高新区", "development_zone", "standalone", "到市高新区调研生物医药产业发展情况"),
    ("k05", "宜昌生物产业园", "industrial_park", "standalone", "先后来到宜昌生物产业园"),
    ("k05", "三峡", "area", "in_project_name", "三峡生物医药中试基地"),
    ("k05", "宜昌", "city", "standalone", "生物医药是宜昌重点培育的新兴产业"),
    ("k05", "夷陵区", "district", "in_org_reference", "来到夷陵区政务服务中心"),
    ("k05", "小溪塔街道", "street", "in_org_reference", "小溪塔街道便民服务中心"),
    ("k06", "经开区", "development_zone", "standalone", "9月17日上午，经开区三季度重大项目集中签约仪式"),
    ("k06", "凤鸣湖", "lake", "standalone", "早日在凤鸣湖畔建成投产"),
    ("k07", "芜湖综保区", "development_zone", "standalone", "副市长汪志诚到芜湖综保区调研"),
    ("k07", "综保区", "development_zone", "standalone", "综保区是我市对外开放的重要平台"),
    ("k07", "芜湖", "city", "in_org_reference", "芜湖海关副关长孔令东"),
    ("k07", "经开区", "development_zone", "in_title", "经开区党工委书记葛宏"),
    ("k08", "株洲高新区", "development_zone", "in_title", "区委书记、株洲高新区党工委书记龙建新"),
    ("k08", "高新区", "development_zone", "standalone", "全区（高新区）主要经济指标"),
    ("k08", "湘江", "river", "standalone", "加强湘江沿线堤防"),
    ("k08", "群丰镇", "town", "standalone", "群丰镇、雷打石镇等重点区域"),
    ("k08", "雷打石镇", "town", "standalone", "群丰镇、雷打石镇等重点区域"),
    ("k09", "长春新区", "development_zone", "standalone", "12月8日，长春新区召开"),
    ("k09", "新区", "development_zone", "standalone", "今年以来，新区累计实施"),
    ("k09", "北湖科技开发区", "development_zone", "in_project_name", "北湖科技开发区科创大厦"),
    ("k09", "空港经济开发区", "development_zone", "in_project_name", "空港经济开发区冷链物流中心"),
    ("k10", "高新区", "development_zone", "standalone", "前三季度，高新区规模以上"),
    ("k10", "马金铺片区", "area", "standalone", "马金铺片区生物医药企业产值"),
    ("k10", "新城片区", "area", "standalone", "新城片区数字经济集聚效应"),
    ("k10", "马金铺", "area", "in_project_name", "马金铺生物医药产业园三期"),
    ("k10", "海源北路", "road", "in_project_name", "海源北路延长线工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="k", conventions="set k (blind set of development-zone and new-area pages: 高新区 of four cities, 经开区 of two, a 综保区, a 新区, a zone run together with a district; zone sites and city papers)",
          persons_note="Set k persons. id = corpus-wide person_id (k:孙建国#1 and k:孙建国#2 are two people)")


if __name__ == "__main__":
    main()
