"""Write gold part ``g`` (a second blind, held-out-like set) from the tables below.

Pages ``tests/dev/texts/g*.txt`` were written for this part with invented names, modelled on real pages of the genre
read with the ``search`` tool from provinces and places not yet in the corpus: 湖南 (洞口县 twice, 桃源县), 江苏
(射阳县盘湾镇), 重庆 (开州区), 天津 (西青区), 云南 (宜良县), 内蒙古 (苏尼特左旗), 新疆 (奇台县), 吉林 (吉林市), 甘肃
(甘州区), 山西 (平遥县). Shapes: a county media-centre page with a long footer contact table, a 县委常委会 with a
list of attendees and 列席, a city mayor's visit with a numbered list of sites, a town page under a disclosure
table (索引号 …) with an honorific (陆县长), a city paper's 01版 holding three short articles, a 区委常委会（扩大）会议
under a weather-forecast line, a signing ceremony with a numbered project list and a company chairman, a monthly
chronicle (大事记, ★ entries) with an appointment and a nomination, a 县委常委（扩大）会 with 党组 chains and a Uyghur
name, a mayor's tour of four county-level places with 市领导 (not posts), a 区委全委（扩大）会议 naming six heads
without titles, and a 人大 session opening with 大会执行主席 (a session role, not a post).

Identity cases: 覃志勇 is 洞口县县长 in 2021 (g01) and 洞口县委书记 in 2024 (g02); 曾丽娟 is 洞口县副县长 in both;
two different 马志刚 (奇台县县长, g09; 平遥县副县长, g12); zone names shared with other cities (吉林高新区, 天津西青经开区).

Annotated by hand before newskg was run on the pages. Every evidence string is checked to be a substring of its
page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in part f): a post given by an appointment at the page's date is a holding (决定任命赵海峰为…副旗长;
赵海峰同志任苏尼特左旗委常委); a nomination (提名…人选) and a resignation (辞去…职务) are not; 大会执行主席,
主席团常务主席, 市领导, 区领导, 党政主要负责人 and company roles (董事长) are not posts. 党组 goes only with
书记/副书记: 县政协党组书记、副主席 → 奇台县政协党组 书记 + 奇台县政协 副主席. 市委 in a 甘州区 page = 张掖市委;
高新区 in a 吉林市 page = 吉林高新区; 西青经开区 → 天津西青经开区 (like 南京江宁经开区). 政府旗长 → 苏尼特左旗政府 旗长.
"""

# ruff: noqa: E501
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "g01_dongkou.txt": (2021, "洞口融媒　2021/4/21 18:06:42", "洞口县", [
        ("贺振宇调研重点项目建设：盯紧时间节点 推动项目提质提速", "4月20日", "2021-04-20", "4月20日，县委书记",
         "county secretary inspects key projects; media-centre page with a long footer")]),
    "g02_dongkou.txt": (2024, "发布时间：2024-09-13 09:35", "洞口县", [
        ("覃志勇主持召开县委常委会2024年第18次会议", "9月12日下午", "2024-09-12", "9月12日下午，县委书记",
         "county standing committee meeting; 覃志勇 now 县委书记")]),
    "g03_taoyuan.txt": (2018, "发布日期：2018-06-08 17:22", "桃源县", [
        ("市长曹立新来我县调研重大项目建设", "6月7日", "2018-06-07", "6月7日，常德市委",
         "常德 mayor inspects projects in 桃源县; numbered list of sites")]),
    "g04_panwan.txt": (2021, "发文日期　2021-12-16", "射阳县盘湾镇", [
        ("县委常委、常务副县长陆文涛来我镇调研项目建设", "12月15日下午", "2021-12-15", "12月15日下午，县委常委",
         "county executive deputy head inspects town projects; disclosure table; honorific 陆县长")]),
    "g05_kaizhou.txt": (2022, "2022年12月25日　星期日", "开州区", [
        ("区政协十四届三十八次常委会会议召开", "12月23日", "2022-12-23", "本报讯（记者 谭小雨）12月23日",
         "district CPPCC standing committee meeting"),
        ("区政府召开第一百二十次常务会议", "12月24日", "2022-12-24", "本报讯（记者 陈一鸣）12月24日",
         "district government executive meeting"),
        ("唐宏伟到白鹤街道调研基层党建工作", "12月24日", "2022-12-24", "本报讯（记者 谭小雨）12月24日",
         "organisation head inspects a street")]),
    "g06_xiqing.txt": (2021, "发布日期：2021-07-26", "西青区", [
        ("西青区委常委会（扩大）会议暨半年经济运行分析会召开", "7月24日", "2021-07-24", "7月24日，西青区委",
         "district standing committee (enlarged) meeting and a project tour before it; weather line above")]),
    "g07_yiliang.txt": (2025, "发布时间：2025-03-31 16:48:20", "宜良县", [
        ("宜良县举行2025年一季度重点招商引资项目集中签约仪式", "3月28日", "2025-03-28", "3月28日，宜良县",
         "signing ceremony with a numbered project list; footer contact table")]),
    "g08_sunitezuoqi.txt": (2023, "发布时间：2023-05-08 11:20", "苏尼特左旗", [
        ("2023年4月大事记", "2023年4月", "2023-04", "★4月3日",
         "monthly chronicle: standing committee, inspection by the 盟委, cadre meeting, 人大常委会 appointment")]),
    "g09_qitai.txt": (2022, "2022-04-07 10:53:52", "奇台县", [
        ("奇台县召开县委常委（扩大）会暨“抓项目、促发展”推进会", "4月6日", "2022-04-06", "4月6日，奇台县",
         "county standing committee (enlarged) meeting; 党组 chains; Uyghur name")]),
    "g10_jilin.txt": (2022, "2022-10-19 08:35", "吉林市", [
        ("市长韩立国到舒兰市、昌邑区、高新区、磐石市调研时强调 强化举措狠抓落实 高效统筹重点工作", "近日", "2022-10", "近日，市委副书记",
         "mayor tours four county-level places; 市领导 listed")]),
    "g11_ganzhou.txt": (2020, "发布时间：2020-08-20", "甘州区", [
        ("中共甘州区委召开三届十二次全委（扩大）会议", "8月19日", "2020-08-19", "8月19日，中共甘州区委",
         "district party plenary (enlarged); six heads named without titles")]),
    "g12_pingyao.txt": (2019, "发布时间：2019-01-11 18:20", "平遥县", [
        ("平遥县第十六届人民代表大会第四次会议隆重开幕", "1月10日上午", "2019-01-10", "1月10日上午，平遥县",
         "opening of the county people's congress session")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    "g:贺振宇": ("贺振宇", "official", "洞口县", [("g01", "洞口县委", "书记", "县委书记贺振宇带队", None)], []),
    "g:覃志勇": ("覃志勇", "official", "洞口县", [
        ("g01", "洞口县委", "副书记", "县委副书记、县长覃志勇", None),
        ("g01", "洞口县政府", "县长", "县委副书记、县长覃志勇", None),
        ("g02", "洞口县委", "书记", "县委书记覃志勇主持召开", "moved from 洞口县县长 (g01, 2021) to 洞口县委书记 (2024)")], []),
    "g:龙海波": ("龙海波", "official", "洞口县", [
        ("g01", "洞口县委", "常委", "县委常委、常务副县长龙海波", None),
        ("g01", "洞口县政府", "常务副县长", "县委常委、常务副县长龙海波", None)], []),
    "g:曾丽娟": ("曾丽娟", "official", "洞口县", [
        ("g01", "洞口县政府", "副县长", "副县长曾丽娟参加调研", None),
        ("g02", "洞口县政府", "副县长", "副县长曾丽娟、向晓军列席会议", "same person as in g01")], []),
    "g:石启明": ("石启明", "official", "洞口县", [
        ("g02", "洞口县委", "副书记", "县委副书记、县长石启明", None),
        ("g02", "洞口县政府", "县长", "县委副书记、县长石启明", "覃志勇's successor as 县长")], []),
    "g:罗春燕": ("罗春燕", "official", "洞口县", [("g02", "洞口县委", "副书记", "县委副书记罗春燕", None)], []),
    "g:邹国栋": ("邹国栋", "official", "洞口县", [("g02", "洞口县人大常委会", "主任", "县人大常委会主任邹国栋", "after a bare group 县委常委，")], []),
    "g:尹美华": ("尹美华", "official", "洞口县", [("g02", "洞口县政协", "主席", "县政协主席尹美华", None)], []),
    "g:向晓军": ("向晓军", "official", "洞口县", [("g02", "洞口县政府", "副县长", "副县长曾丽娟、向晓军列席会议", None)], []),
    "g:曹立新": ("曹立新", "external_official", "常德市", [
        ("g03", "常德市委", "副书记", "常德市委副书记、市长曹立新", None),
        ("g03", "常德市政府", "市长", "常德市委副书记、市长曹立新", None)], []),
    "g:黄国平": ("黄国平", "external_official", "常德市", [("g03", "常德市政府", "秘书长", "市政府秘书长黄国平参加调研", "市政府 in a 桃源县 page about the 常德 mayor = 常德市政府")], []),
    "g:龚德明": ("龚德明", "official", "桃源县", [("g03", "桃源县委", "书记", "县委书记龚德明", None)], []),
    "g:钟慧敏": ("钟慧敏", "official", "桃源县", [
        ("g03", "桃源县委", "副书记", "县委副书记、县长钟慧敏", None),
        ("g03", "桃源县政府", "县长", "县委副书记、县长钟慧敏", None)], []),
    "g:陆文涛": ("陆文涛", "external_official", "射阳县", [
        ("g04", "射阳县委", "常委", "县委常委、常务副县长陆文涛来我镇调研", "also 陆县长 (honorific, not a name)"),
        ("g04", "射阳县政府", "常务副县长", "县委常委、常务副县长陆文涛来我镇调研", None)], []),
    "g:胡立伟": ("胡立伟", "external_official", "射阳县", [("g04", "射阳县发改委", "主任", "县发改委主任胡立伟", None)], []),
    "g:吴振华": ("吴振华", "official", "射阳县盘湾镇", [("g04", "射阳县盘湾镇党委", "书记", "镇党委书记吴振华", None)], []),
    "g:严丽君": ("严丽君", "official", "射阳县盘湾镇", [
        ("g04", "射阳县盘湾镇党委", "副书记", "镇党委副书记、镇长严丽君", None),
        ("g04", "射阳县盘湾镇政府", "镇长", "镇党委副书记、镇长严丽君", None)], []),
    "g:邓福林": ("邓福林", "official", "开州区", [("g05", "开州区政协", "主席", "区政协主席邓福林主持召开", None)], []),
    "g:冉建国": ("冉建国", "official", "开州区", [
        ("g05", "开州区委", "副书记", "区委副书记、区政协党组书记冉建国", None),
        ("g05", "开州区政协党组", "书记", "区委副书记、区政协党组书记冉建国", None)], []),
    "g:周秀英": ("周秀英", "official", "开州区", [("g05", "开州区政协", "副主席", "区政协副主席周秀英、熊光辉、黎明远参加会议", None)], []),
    "g:熊光辉": ("熊光辉", "official", "开州区", [("g05", "开州区政协", "副主席", "区政协副主席周秀英、熊光辉、黎明远参加会议", None)], []),
    "g:黎明远": ("黎明远", "official", "开州区", [("g05", "开州区政协", "副主席", "区政协副主席周秀英、熊光辉、黎明远参加会议", None)], []),
    "g:万启航": ("万启航", "official", "开州区", [
        ("g05", "开州区委", "副书记", "区委副书记、区长万启航", None),
        ("g05", "开州区政府", "区长", "区委副书记、区长万启航", None)], []),
    "g:郑红梅": ("郑红梅", "official", "开州区", [("g05", "开州区政府", "副区长", "副区长郑红梅、袁立新出席会议", None)], []),
    "g:袁立新": ("袁立新", "official", "开州区", [("g05", "开州区政府", "副区长", "副区长郑红梅、袁立新出席会议", None)], []),
    "g:唐宏伟": ("唐宏伟", "official", "开州区", [
        ("g05", "开州区委", "常委", "区委常委、组织部部长唐宏伟", None),
        ("g05", "开州区委组织部", "部长", "区委常委、组织部部长唐宏伟", None)], []),
    "g:邵建明": ("邵建明", "official", "西青区", [("g06", "西青区委", "书记", "区委书记邵建明", None)], []),
    "g:聂文杰": ("聂文杰", "official", "西青区", [
        ("g06", "西青区委", "副书记", "区委副书记、区长聂文杰", None),
        ("g06", "西青区政府", "区长", "区委副书记、区长聂文杰", None)], []),
    "g:关淑琴": ("关淑琴", "official", "西青区", [("g06", "西青区人大常委会", "主任", "区人大常委会主任关淑琴", None)], []),
    "g:单国庆": ("单国庆", "official", "西青区", [("g06", "西青区政协", "主席", "区政协主席单国庆", "surname 单")], []),
    "g:秦卫东": ("秦卫东", "official", "西青区", [("g06", "西青区委", "副书记", "区委副书记秦卫东主持会议", None)], []),
    "g:骆永强": ("骆永强", "official", "天津西青经开区", [
        ("g06", "天津西青经开区党工委", "书记", "西青经开区党工委书记、管委会主任骆永强", None),
        ("g06", "天津西青经开区管委会", "主任", "西青经开区党工委书记、管委会主任骆永强", None)], []),
    "g:普建华": ("普建华", "official", "宜良县", [("g07", "宜良县委", "书记", "县委书记普建华", "surname 普")], []),
    "g:施国栋": ("施国栋", "official", "宜良县", [
        ("g07", "宜良县委", "副书记", "县委副书记、县长施国栋", None),
        ("g07", "宜良县政府", "县长", "县委副书记、县长施国栋", None)], []),
    "g:毕红英": ("毕红英", "official", "宜良县", [("g07", "宜良县政协", "主席", "县政协主席毕红英", None)], []),
    "g:段志明": ("段志明", "official", "宜良县", [
        ("g07", "宜良县委", "常委", "县委常委、副县长段志明", None),
        ("g07", "宜良县政府", "副县长", "县委常委、副县长段志明", None)], []),
    "g:柯俊杰": ("柯俊杰", "company", "宜良县", [], ["g07"]),
    "g:乌日根": ("乌日根", "official", "苏尼特左旗", [("g08", "苏尼特左旗委", "书记", "旗委书记乌日根主持召开旗委常委会", "Mongolian name, no Han surname")], []),
    "g:巴特尔": ("巴特尔", "official", "苏尼特左旗", [
        ("g08", "苏尼特左旗委", "副书记", "旗委副书记、政府旗长巴特尔等旗委常委出席会议", "Mongolian name"),
        ("g08", "苏尼特左旗政府", "旗长", "旗委副书记、政府旗长巴特尔等旗委常委出席会议", "政府旗长 = 旗政府 + 旗长")], []),
    "g:宝音图": ("宝音图", "external_official", "锡林郭勒盟", [("g08", "锡林郭勒盟委", "副书记", "盟委副书记宝音图", "盟委 in a 苏尼特左旗 page = 锡林郭勒盟委")], []),
    "g:高立新": ("高立新", "official", "苏尼特左旗", [("g08", "苏尼特左旗政府", "副旗长", "副旗长高立新陪同", "resigns later in the month (辞去…副旗长职务, 4月25日)")], []),
    "g:白晓梅": ("白晓梅", "official", "苏尼特左旗", [
        ("g08", "苏尼特左旗委", "常委", "旗委常委、组织部部长白晓梅", None),
        ("g08", "苏尼特左旗委组织部", "部长", "旗委常委、组织部部长白晓梅", None)], []),
    "g:赵海峰": ("赵海峰", "official", "苏尼特左旗", [
        ("g08", "苏尼特左旗委", "常委", "赵海峰同志任苏尼特左旗委常委", "appointed by the 盟委 (4月18日)"),
        ("g08", "苏尼特左旗政府", "副旗长", "会议决定任命赵海峰为苏尼特左旗人民政府副旗长", "appointed by the 人大常委会 (4月25日); the 4月18日 提名 is not a holding")], []),
    "g:那仁满都拉": ("那仁满都拉", "official", "苏尼特左旗", [("g08", "苏尼特左旗人大常委会", "主任", "旗人大常委会主任那仁满都拉", "Mongolian name, five characters")], []),
    "g:刘建疆": ("刘建疆", "official", "奇台县", [("g09", "奇台县委", "书记", "奇台县委书记刘建疆", None)], []),
    "g:马志刚#1": ("马志刚", "official", "奇台县", [
        ("g09", "奇台县委", "副书记", "县委副书记、县长马志刚", "not the 马志刚 of 平遥县 (g12)"),
        ("g09", "奇台县政府", "县长", "县委副书记、县长马志刚", "not the 马志刚 of 平遥县 (g12)")], []),
    "g:范永胜": ("范永胜", "official", "奇台县", [
        ("g09", "奇台县人大常委会党组", "书记", "县人大常委会党组书记、主任范永胜", None),
        ("g09", "奇台县人大常委会", "主任", "县人大常委会党组书记、主任范永胜", "党组 does not govern 主任")], []),
    "g:徐秀兰": ("徐秀兰", "official", "奇台县", [
        ("g09", "奇台县政协党组", "书记", "县政协党组书记、副主席徐秀兰", None),
        ("g09", "奇台县政协", "副主席", "县政协党组书记、副主席徐秀兰", None)], []),
    "g:艾尔肯·吐尔逊": ("艾尔肯·吐尔逊", "official", "奇台县", [
        ("g09", "奇台县政协党组", "副书记", "县政协党组副书记、主席艾尔肯·吐尔逊", "Uyghur name with a middle dot"),
        ("g09", "奇台县政协", "主席", "县政协党组副书记、主席艾尔肯·吐尔逊", None)], []),
    "g:韩立国": ("韩立国", "official", "吉林市", [
        ("g10", "吉林市委", "副书记", "市委副书记、市长韩立国", None),
        ("g10", "吉林市政府", "市长", "市委副书记、市长韩立国", None)], []),
    "g:孟庆林": ("孟庆林", "official", "舒兰市", [("g10", "舒兰市委", "书记", "舒兰市委书记孟庆林", None)], []),
    "g:温晓峰": ("温晓峰", "official", "吉林高新区", [
        ("g10", "吉林高新区党工委", "书记", "高新区党工委书记、管委会主任温晓峰", "高新区 in a 吉林市 page = 吉林高新区"),
        ("g10", "吉林高新区管委会", "主任", "高新区党工委书记、管委会主任温晓峰", None)], []),
    "g:焦建明": ("焦建明", "official", "磐石市", [
        ("g10", "磐石市委", "副书记", "磐石市委副书记、市长焦建明", None),
        ("g10", "磐石市政府", "市长", "磐石市委副书记、市长焦建明", None)], []),
    "g:赵洲平": ("赵洲平", "official", "吉林市", [], ["g10"]),
    "g:于秀芝": ("于秀芝", "official", "吉林市", [], ["g10"]),
    "g:武立新": ("武立新", "official", "吉林市", [], ["g10"]),
    "g:刘国栋": ("刘国栋", "official", "吉林市", [], ["g10"]),
    "g:陶振华": ("陶振华", "official", "甘州区", [
        ("g11", "张掖市委", "常委", "市委常委、区委书记陶振华", "市委 in a 甘州区 page = 张掖市委"),
        ("g11", "甘州区委", "书记", "市委常委、区委书记陶振华", None)], []),
    "g:柴永刚": ("柴永刚", "official", "甘州区", [
        ("g11", "甘州区委", "副书记", "区委副书记、区长柴永刚", None),
        ("g11", "甘州区政府", "区长", "区委副书记、区长柴永刚", None)], []),
    "g:黄兴民": ("黄兴民", "official", "甘州区上秦镇", [], ["g11"]),
    "g:贺玉龙": ("贺玉龙", "official", "甘州区明永乡", [], ["g11"]),
    "g:陈晓": ("陈晓", "official", "甘州区北街街道", [], ["g11"]),
    "g:曾志顺": ("曾志顺", "official", "甘州区", [], ["g11"]),
    "g:祁东升": ("祁东升", "official", "甘州区", [], ["g11"]),
    "g:王敬东": ("王敬东", "official", "甘州区", [], ["g11"]),
    "g:武志强": ("武志强", "official", "平遥县", [("g12", "平遥县人大常委会", "主任", "县人大常委会主任武志强作县人大常委会工作报告", "大会执行主席、主席团常务主席 are session roles")], []),
    "g:冀建平": ("冀建平", "official", "平遥县", [], ["g12"]),
    "g:梁秀珍": ("梁秀珍", "official", "平遥县", [], ["g12"]),
    "g:阎国富": ("阎国富", "official", "平遥县", [], ["g12"]),
    "g:郝文斌": ("郝文斌", "official", "平遥县", [("g12", "平遥县委", "书记", "县委书记郝文斌", None)], []),
    "g:雷晓东": ("雷晓东", "official", "平遥县", [
        ("g12", "平遥县委", "副书记", "县委副书记、县长雷晓东", None),
        ("g12", "平遥县政府", "县长", "县委副书记、县长雷晓东", None)], []),
    "g:段丽萍": ("段丽萍", "official", "平遥县", [("g12", "平遥县政协", "主席", "县政协主席段丽萍", None)], []),
    "g:韩立伟": ("韩立伟", "official", "平遥县", [("g12", "平遥县委", "副书记", "县委副书记韩立伟", None)], []),
    "g:范瑞林": ("范瑞林", "official", "平遥县", [
        ("g12", "平遥县委", "常委", "县委常委、常务副县长范瑞林", None),
        ("g12", "平遥县政府", "常务副县长", "县委常委、常务副县长范瑞林", None)], []),
    "g:马志刚#2": ("马志刚", "official", "平遥县", [("g12", "平遥县政府", "副县长", "副县长马志刚等县领导出席开幕会", "not the 马志刚 of 奇台县 (g09)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("g01", "刘思远", "记者", "reporter", "记者 刘思远"),
    ("g01", "邓小兰", "通讯员", "correspondent", "通讯员 邓小兰"),
    ("g01", "肖雨婷", "责任编辑", "editor", "责任编辑：肖雨婷"),
    ("g05", "谭小雨", "记者", "reporter", "（记者 谭小雨）12月23日"),
    ("g05", "陈一鸣", "记者", "reporter", "（记者 陈一鸣）"),
    ("g05", "吴晓静", "编辑", "editor", "编辑：吴晓静"),
    ("g05", "何佳", "校对", "editor", "校对：何佳"),
    ("g06", "郭蕊", "责任编辑", "editor", "责任编辑：郭蕊"),
    ("g07", "李婉清", "记者", "reporter", "记者 李婉清"),
    ("g07", "杨敏", "责任编辑", "editor", "责任编辑：杨敏"),
    ("g09", "王雪", "记者", "reporter", "（记者 王雪）"),
    ("g10", "赵新", "编辑", "editor", "编辑：赵新"),
    ("g11", "卢晓婷", "编辑", "editor", "编辑：卢晓婷"),
    ("g12", "冀红艳", "责任编辑", "editor", "责任编辑：冀红艳"),
]
# 谭小雨 also signs article 3 of g05
EXTRA_REPORTER_ARTICLES = {("g05", "谭小雨"): "（记者 谭小雨）12月24日"}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("g01", "重点项目建设调研", "inspection (调研)", "4月20日", None, "贺振宇", [],
     ["覃志勇", "龙海波", "曾丽娟"], ["贺振宇", "覃志勇"], None,
     "县委书记贺振宇带队调研全县重点项目建设情况",
     ["县委书记贺振宇带队", "县委副书记、县长覃志勇，县委常委、常务副县长龙海波，副县长曾丽娟参加调研", "贺振宇强调", "覃志勇要求"]),
    ("g02", "洞口县委常委会2024年第18次会议", "meeting (县委常委会会议)", "9月12日下午", "覃志勇", None, [],
     ["石启明", "罗春燕", "邹国栋", "尹美华", "曾丽娟", "向晓军"], [], None,
     "县委书记覃志勇主持召开县委常委会2024年第18次会议",
     ["县委书记覃志勇主持召开", "县委副书记、县长石启明，县委副书记罗春燕，县委常委，县人大常委会主任邹国栋，县政协主席尹美华出席会议", "副县长曾丽娟、向晓军列席会议"]),
    ("g03", "重大项目建设调研", "inspection (调研)", "6月7日", None, "曹立新", [],
     ["黄国平", "龚德明", "钟慧敏"], ["曹立新", "龚德明"], "桃源县",
     "常德市委副书记、市长曹立新来我县调研重大项目建设工作",
     ["市政府秘书长黄国平参加调研", "县委书记龚德明，县委副书记、县长钟慧敏等陪同", "曹立新强调", "龚德明表示"]),
    ("g04", "项目建设和企业运行情况调研", "inspection (调研)", "12月15日下午", None, "陆文涛", [],
     ["胡立伟", "吴振华", "严丽君"], ["陆文涛"], "盘湾镇",
     "县委常委、常务副县长陆文涛来我镇调研项目建设和企业运行情况",
     ["县发改委主任胡立伟，镇党委书记吴振华，镇党委副书记、镇长严丽君等陪同", "陆文涛要求"]),
    ("g05", "开州区政协十四届三十八次常委会会议", "meeting (政协常委会会议)", "12月23日", "邓福林", None, [],
     ["冉建国", "周秀英", "熊光辉", "黎明远"], ["邓福林"], None,
     "区政协主席邓福林主持召开区政协十四届三十八次常委会会议",
     ["区政协主席邓福林主持召开", "区委副书记、区政协党组书记冉建国，区政协副主席周秀英、熊光辉、黎明远参加会议", "邓福林指出"]),
    ("g05", "开州区政府第一百二十次常务会议", "meeting (区政府常务会议)", "12月24日", "万启航", None, [],
     ["郑红梅", "袁立新"], ["万启航"], None,
     "区委副书记、区长万启航主持召开区政府第一百二十次常务会议",
     ["区长万启航主持召开", "副区长郑红梅、袁立新出席会议", "万启航要求"]),
    ("g05", "白鹤街道基层党建工作调研", "inspection (调研)", "12月24日", None, "唐宏伟", [],
     [], ["唐宏伟"], "白鹤街道",
     "区委常委、组织部部长唐宏伟到白鹤街道调研基层党建工作",
     ["组织部部长唐宏伟到白鹤街道调研", "唐宏伟强调"]),
    ("g06", "西青区委常委会（扩大）会议暨半年经济运行分析会", "meeting (区委常委会扩大会议)", "7月24日", "秦卫东", None, [],
     ["邵建明", "聂文杰", "关淑琴", "单国庆"], ["邵建明", "聂文杰"], None,
     "西青区委常委会（扩大）会议暨半年经济运行分析会召开，传达学习",
     ["区委书记邵建明出席会议并讲话", "区人大常委会主任关淑琴、区政协主席单国庆出席，区委副书记秦卫东主持会议", "聂文杰要求"]),
    ("g06", "重点项目考察调研", "inspection (考察调研)", "7月24日", None, None, [],
     ["骆永强"], ["骆永强"], "中北镇、张家窝镇、精武镇、西青经开区",
     "区领导一行先后来到中北镇", ["区领导一行先后来到", "管委会主任骆永强介绍了"]),
    ("g07", "宜良县2025年一季度重点招商引资项目集中签约仪式", "ceremony (签约仪式)", "3月28日", "施国栋", None, [],
     ["毕红英", "段志明", "柯俊杰"], ["普建华", "柯俊杰"], None,
     "宜良县举行2025年一季度重点招商引资项目集中签约仪式，共签约项目5个",
     ["县委书记普建华出席并致辞", "县长施国栋主持签约仪式", "县政协主席毕红英，县委常委、副县长段志明参加", "董事长柯俊杰代表签约企业发言"]),
    ("g08", "苏尼特左旗委常委会2023年第6次会议", "meeting (旗委常委会会议)", "4月3日", "乌日根", None, [],
     ["巴特尔"], [], None,
     "旗委书记乌日根主持召开旗委常委会2023年第6次会议",
     ["旗委书记乌日根主持召开旗委常委会", "旗委副书记、政府旗长巴特尔等旗委常委出席会议"]),
    ("g08", "春季休牧和抗旱防灾工作调研", "inspection (调研)", "4月11日", None, "宝音图", [],
     ["巴特尔", "高立新"], [], "满都拉图镇、巴彦淖尔镇",
     "盟委副书记宝音图深入我旗满都拉图镇、巴彦淖尔镇调研春季休牧和抗旱防灾工作",
     ["盟委副书记宝音图深入我旗", "旗委副书记、政府旗长巴特尔，副旗长高立新陪同"]),
    ("g08", "全旗处级以上领导干部会议", "meeting (领导干部会议)", "4月18日", "乌日根", None, [],
     [], ["白晓梅"], None,
     "旗委书记乌日根主持召开全旗处级以上领导干部会议",
     ["旗委书记乌日根主持召开全旗处级以上领导干部会议", "组织部部长白晓梅宣读干部任免职文件"]),
    ("g08", "苏尼特左旗十八届人大常委会第十一次会议", "session (人大常委会会议)", "4月25日", "那仁满都拉", None, [],
     [], [], None,
     "旗人大常委会主任那仁满都拉主持召开旗十八届人大常委会第十一次会议",
     ["旗人大常委会主任那仁满都拉主持召开"]),
    ("g08", "苏尼特左旗政府第九次常务会议", "meeting (旗政府常务会议)", "4月25日", "巴特尔", None, [],
     [], [], None,
     "政府旗长巴特尔主持召开旗政府第九次常务会议",
     ["政府旗长巴特尔主持召开"]),
    ("g09", "奇台县委常委（扩大）会暨“抓项目、促发展”推进会", "meeting (县委常委扩大会议)", "4月6日", "马志刚", None, [],
     ["刘建疆", "范永胜", "徐秀兰", "艾尔肯·吐尔逊"], ["刘建疆", "马志刚"], None,
     "奇台县召开县委常委（扩大）会暨“抓项目、促发展”推进会，动员",
     ["奇台县委书记刘建疆出席会议并讲话", "县委副书记、县长马志刚主持会议", "县人大常委会党组书记、主任范永胜，县政协党组书记、副主席徐秀兰，县政协党组副书记、主席艾尔肯·吐尔逊等四套班子领导参加会议", "马志刚要求"]),
    ("g10", "乡村振兴、项目建设、招商引资等重点工作调研", "inspection (调研)", "近日", None, "韩立国", [],
     ["孟庆林", "温晓峰", "焦建明", "赵洲平", "于秀芝", "武立新", "刘国栋"], ["韩立国"], "舒兰市、昌邑区、高新区、磐石市",
     "市委副书记、市长韩立国带队先后到舒兰市、昌邑区、高新区、磐石市",
     ["市长韩立国带队", "舒兰市委书记孟庆林陪同", "管委会主任温晓峰陪同", "市长焦建明陪同", "市领导赵洲平、于秀芝、武立新、刘国栋分别参加相关调研", "韩立国强调"]),
    ("g11", "中共甘州区委三届十二次全委（扩大）会议", "meeting (区委全委扩大会议)", "8月19日", "陶振华", None, [],
     ["柴永刚"], ["陶振华", "柴永刚"], None,
     "中共甘州区委召开三届十二次全委（扩大）会议。",
     ["市委常委、区委书记陶振华主持会议", "区委副书记、区长柴永刚通报上半年经济形势", "陶振华强调"]),
    ("g12", "平遥县第十六届人民代表大会第四次会议", "session (人民代表大会)", "1月10日上午", "武志强", None, [],
     ["冀建平", "梁秀珍", "阎国富", "郝文斌", "雷晓东", "段丽萍", "韩立伟", "范瑞林", "马志刚"], ["雷晓东", "武志强"], "县会议中心",
     "平遥县第十六届人民代表大会第四次会议在县会议中心隆重开幕",
     ["主席团常务主席武志强主持会议", "大会执行主席冀建平、梁秀珍、阎国富在主席台前排就座", "县委书记郝文斌，县委副书记、县长雷晓东，县政协主席段丽萍等在主席台就座", "县长雷晓东代表县人民政府向大会作政府工作报告", "县委副书记韩立伟，县委常委、常务副县长范瑞林，副县长马志刚等县领导出席开幕会"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("g01", "洞口经济开发区智能制造产业园", "industrial_park", "洞口经济开发区智能制造产业园"),
    ("g01", "平溪江综合治理工程", "engineering_work", "平溪江综合治理工程、"),
    ("g01", "雪峰山旅游公路提质改造项目", "infrastructure_project", "雪峰山旅游公路提质改造项目"),
    ("g01", "洞口县人民医院新院区", "engineering_work", "洞口县人民医院新院区"),
    ("g02", "雪峰山旅游公路提质改造项目", "infrastructure_project", "雪峰山旅游公路提质改造项目"),
    ("g02", "洞口县城污水处理厂二期扩建工程", "infrastructure_project", "洞口县城污水处理厂二期扩建工程"),
    ("g02", "高沙镇农贸市场改造项目", "project", "高沙镇农贸市场改造项目"),
    ("g03", "桃花源旅游区游客集散中心项目", "project", "桃花源旅游区游客集散中心项目"),
    ("g03", "桃源县高新技术产业园电子信息标准厂房二期", "project", "桃源县高新技术产业园电子信息标准厂房二期"),
    ("g03", "沅江桃源段防洪堤加固工程", "engineering_work", "沅江桃源段防洪堤加固工程，查看"),
    ("g03", "漳江镇城乡供水一体化工程", "infrastructure_project", "漳江镇城乡供水一体化工程"),
    ("g04", "盘湾纺织产业园二期", "industrial_park", "盘湾纺织产业园二期"),
    ("g04", "盘湾镇韩资工业园标准厂房", "project", "盘湾镇韩资工业园标准厂房"),
    ("g04", "盘湾污水处理厂提标改造工程", "infrastructure_project", "盘湾污水处理厂提标改造工程"),
    ("g05", "汉丰湖生态修复二期工程", "engineering_work", "汉丰湖生态修复二期工程"),
    ("g05", "开州浦里新区标准厂房三期项目", "project", "开州浦里新区标准厂房三期项目"),
    ("g06", "西青智能网联汽车测试基地项目", "project", "中北镇西青智能网联汽车测试基地项目"),
    ("g06", "张家窝镇生物医药产业园二期项目", "industrial_park", "张家窝镇生物医药产业园二期项目"),
    ("g06", "精武镇新材料产业园项目", "industrial_park", "精武镇新材料产业园项目"),
    ("g06", "西青经开区高端装备制造产业园项目", "industrial_park", "西青经开区高端装备制造产业园项目"),
    ("g07", "宜良县狗街镇农光互补光伏发电项目", "project", "宜良县狗街镇农光互补光伏发电项目"),
    ("g07", "宜良花卉冷链物流中心项目", "project", "宜良花卉冷链物流中心项目"),
    ("g07", "宜良工业园区年产10万吨新型绿色建材项目", "project", "宜良工业园区年产10万吨新型绿色建材项目"),
    ("g07", "九乡风景区文旅综合体提升项目", "project", "九乡风景区文旅综合体提升项目"),
    ("g07", "宜良县汤池街道康养小镇一期项目", "project", "宜良县汤池街道康养小镇一期项目"),
    ("g08", "满都拉图镇集中供热管网改造工程", "infrastructure_project", "满都拉图镇集中供热管网改造工程"),
    ("g09", "奇台工业园区煤电一体化项目", "project", "奇台工业园区煤电一体化项目"),
    ("g09", "江布拉克景区提质改造工程", "project", "江布拉克景区提质改造工程"),
    ("g09", "奇台县城区集中供热改造工程", "infrastructure_project", "奇台县城区集中供热改造工程"),
    ("g10", "舒兰市万亩水稻产业园", "industrial_park", "舒兰市万亩水稻产业园"),
    ("g10", "吉林舒兰经济开发区农产品深加工项目", "project", "吉林舒兰经济开发区农产品深加工项目"),
    ("g10", "吉林高新区智能装备产业园项目", "industrial_park", "吉林高新区智能装备产业园项目"),
    ("g10", "磐石经济开发区年产3万吨镍钴新材料项目", "project", "磐石经济开发区年产3万吨镍钴新材料项目"),
    ("g10", "磐石市医药健康产业园", "industrial_park", "磐石市医药健康产业园"),
    ("g11", "张掖国际物流园二期", "logistics_hub", "张掖国际物流园二期"),
    ("g11", "黑河甘州段生态治理工程", "engineering_work", "黑河甘州段生态治理工程"),
    ("g11", "甘州区城区老旧小区改造项目", "housing_project", "甘州区城区老旧小区改造项目"),
    ("g12", "平遥古城保护利用工程", "project", "平遥古城保护利用工程"),
    ("g12", "平遥经济开发区新能源汽车零部件产业园", "industrial_park", "平遥经济开发区新能源汽车零部件产业园"),
    ("g12", "平遥县城南污水处理厂", "infrastructure_project", "平遥县城南污水处理厂"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("g01", "洞口经济开发区", "development_zone", "in_project_name", "洞口经济开发区智能制造产业园"),
    ("g01", "平溪江", "river", "in_project_name", "平溪江综合治理工程现场"),
    ("g01", "雪峰山", "mountain", "in_project_name", "雪峰山旅游公路"),
    ("g01", "洞口县", "county", "in_project_name", "洞口县人民医院新院区"),
    ("g02", "雪峰山", "mountain", "in_project_name", "雪峰山旅游公路"),
    ("g02", "洞口县", "county", "in_project_name", "洞口县城污水处理厂"),
    ("g02", "高沙镇", "town", "in_project_name", "高沙镇农贸市场改造项目"),
    ("g03", "常德市", "city", "in_title", "常德市委副书记"),
    ("g03", "桃花源旅游区", "scenic_area", "standalone", "以桃花源旅游区提质为龙头"),
    ("g03", "桃源县高新技术产业园", "development_zone", "in_project_name", "桃源县高新技术产业园电子信息"),
    ("g03", "沅江", "river", "in_project_name", "沅江桃源段防洪堤加固工程"),
    ("g03", "漳江镇", "town", "in_project_name", "漳江镇城乡供水一体化工程"),
    ("g03", "桃源", "county", "standalone", "桃源产业基础较好"),
    ("g03", "桃源县", "county", "standalone", "桃源县将认真落实"),
    ("g04", "射阳县", "county", "standalone", "发布机构　射阳县盘湾镇"),
    ("g04", "盘湾镇", "town", "standalone", "盘湾镇要坚持工业强镇"),
    ("g04", "盘湾", "town", "in_project_name", "盘湾纺织产业园二期"),
    ("g05", "重庆市", "municipality", "in_org_reference", "政协重庆市开州区"),
    ("g05", "开州区", "district", "in_org_reference", "政协重庆市开州区第十五届委员会"),
    ("g05", "汉丰湖", "lake", "in_project_name", "汉丰湖生态修复二期工程"),
    ("g05", "开州浦里新区", "area", "in_project_name", "开州浦里新区标准厂房三期项目"),
    ("g05", "白鹤街道", "street", "standalone", "到白鹤街道调研"),
    ("g06", "西青区", "district", "in_org_reference", "西青区委常委会（扩大）会议暨半年经济运行分析会召开，"),
    ("g06", "中北镇", "town", "standalone", "先后来到中北镇"),
    ("g06", "张家窝镇", "town", "standalone", "张家窝镇生物医药产业园二期项目"),
    ("g06", "精武镇", "town", "standalone", "精武镇新材料产业园项目"),
    ("g06", "西青经开区", "development_zone", "standalone", "西青经开区高端装备制造产业园项目"),
    ("g07", "宜良县", "county", "standalone", "3月28日，宜良县举行"),
    ("g07", "宜良", "county", "standalone", "宜良区位优越"),
    ("g07", "昆明", "city", "standalone", "打造昆明东部产业发展新高地"),
    ("g07", "狗街镇", "town", "in_project_name", "宜良县狗街镇农光互补光伏发电项目"),
    ("g07", "宜良工业园区", "industrial_park", "in_project_name", "宜良工业园区年产10万吨"),
    ("g07", "九乡风景区", "scenic_area", "in_project_name", "九乡风景区文旅综合体提升项目"),
    ("g07", "汤池街道", "street", "in_project_name", "宜良县汤池街道康养小镇一期项目"),
    ("g08", "苏尼特左旗", "banner", "in_org_reference", "苏尼特左旗人民政府副旗长"),
    ("g08", "满都拉图镇", "town", "standalone", "深入我旗满都拉图镇"),
    ("g08", "巴彦淖尔镇", "town", "standalone", "巴彦淖尔镇调研"),
    ("g09", "奇台县", "county", "standalone", "4月6日，奇台县召开"),
    ("g09", "半截沟镇", "town", "standalone", "半截沟镇、西地镇主要负责人"),
    ("g09", "西地镇", "town", "standalone", "半截沟镇、西地镇主要负责人"),
    ("g09", "奇台工业园区", "industrial_park", "in_project_name", "奇台工业园区煤电一体化项目"),
    ("g09", "江布拉克景区", "scenic_area", "in_project_name", "江布拉克景区提质改造工程"),
    ("g10", "舒兰市", "county_level_city", "standalone", "在舒兰市，韩立国"),
    ("g10", "昌邑区", "district", "standalone", "在昌邑区，韩立国"),
    ("g10", "高新区", "development_zone", "standalone", "昌邑区、高新区、磐石市，就"),
    ("g10", "磐石市", "county_level_city", "standalone", "在磐石市，韩立国"),
    ("g10", "高新北区", "area", "standalone", "在高新北区"),
    ("g10", "吉林舒兰经济开发区", "development_zone", "in_project_name", "吉林舒兰经济开发区农产品深加工项目"),
    ("g10", "孤店子镇", "town", "standalone", "昌邑区孤店子镇森林防火检查站"),
    ("g10", "吉林高新区", "development_zone", "in_project_name", "吉林高新区智能装备产业园项目"),
    ("g10", "磐石经济开发区", "development_zone", "in_project_name", "磐石经济开发区年产3万吨"),
    ("g11", "甘州区", "district", "in_org_reference", "中共甘州区委召开三届十二次"),
    ("g11", "上秦镇", "town", "standalone", "上秦镇黄兴民"),
    ("g11", "明永乡", "township", "standalone", "明永乡贺玉龙"),
    ("g11", "北街街道", "street", "standalone", "北街街道陈晓"),
    ("g11", "张掖", "city", "in_project_name", "张掖国际物流园二期"),
    ("g11", "黑河", "river", "in_project_name", "黑河甘州段生态治理工程"),
    ("g12", "平遥县", "county", "standalone", "平遥县第十六届人民代表大会第四次会议在县会议中心"),
    ("g12", "平遥古城", "heritage_site", "in_project_name", "平遥古城保护利用工程"),
    ("g12", "平遥经济开发区", "development_zone", "in_project_name", "平遥经济开发区新能源汽车零部件产业园"),
]


def _full(short: str) -> str:
    return next(f for f in PAGES if f.startswith(short))


def _text(file: str) -> str:
    return (TEXTS / file).read_text(encoding="utf-8")


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _check(file: str, evidence: str) -> str:
    if evidence not in _text(file):
        raise SystemExit(f"{file}: evidence not in the page: {evidence!r}")
    return evidence


def _spans(file: str) -> list[tuple[int, int]]:
    """(start, end) of each article: from its headline to the next article's headline (the last to the text's end)."""
    text = _text(file)
    starts = [text.index(a[0]) for a in PAGES[file][3]]
    ends = [*starts[1:], len(text.rstrip())]
    return list(zip(starts, ends, strict=True))


def _article(file: str, evidence: str) -> int:
    pos = _text(file).index(_check(file, evidence))
    for i, (start, end) in enumerate(_spans(file), 1):
        if start <= pos < end:
            return i
    raise SystemExit(f"{file}: evidence outside every article: {evidence!r}")


def _jsonl(name: str, rows: list[dict]) -> None:
    (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _names_in(file: str, article: int) -> list[str]:
    start, end = _spans(file)[article - 1]
    part = _nows(_text(file)[start:end])
    short = file[:3]
    named = [v[0] for v in PERSONS.values() if short in {p[0] for p in v[3]} | set(v[4])]
    named += [r[1] for r in REPORTERS if r[0] == short]
    return [n for n in dict.fromkeys(named) if n in part]


def _reporter_rows() -> list[tuple[str, int, str, str, str, str]]:
    rows = [(s, _article(_full(s), ev), n, label, role, ev) for s, n, label, role, ev in REPORTERS]
    for (s, n), ev in EXTRA_REPORTER_ARTICLES.items():
        label, role = next((r[2], r[3]) for r in REPORTERS if r[0] == s and r[1] == n)
        rows.append((s, _article(_full(s), ev), n, label, role, ev))
    return rows


def main() -> None:
    reporter_rows = _reporter_rows()
    documents = []
    for file, (year, stamp, _scope, articles) in PAGES.items():
        text = _text(file)
        _check(file, stamp)
        spans = _spans(file)
        arts = []
        for i, (headline, date_text, inferred, start, topic) in enumerate(articles, 1):
            _check(file, headline)
            _check(file, date_text)
            body = text[text.index(start, spans[i - 1][0]):]
            credits = [r for r in reporter_rows if r[0] == file[:3] and r[1] == i and r[4] in ("reporter", "correspondent")]
            arts.append({
                "index": i, "headline": headline, "headline_lines": [headline], "headline_position": "before body",
                "headline_note": None, "body_first20_raw": body[:20], "body_first20_nows": _nows(body)[:20],
                "date_text": date_text, "date_inferred": inferred,
                "reporters": [r[2] for r in credits],
                "byline": next((r[5] for r in credits if r[4] == "reporter"), None),
                "persons_mentioned": _names_in(file, i), "referenced_meetings": [], "topic": topic,
                "char_spans": [list(spans[i - 1])],
            })
        documents.append({
            "file": file, "file_id": file[:3], "publication_year": year, "year_confidence": "high",
            "date_estimate": f"{articles[0][2]} (event); page stamp {stamp}", "date_confidence": "high",
            "dating_evidence": [{"article": 1, "evidence": stamp, "reasoning": "page stamp, edition date or list stamp"}]
            + [{"article": i, "evidence": a[1], "reasoning": "event date in the lead"} for i, a in enumerate(articles, 1)],
            "outside_context": [], "article_count": len(articles), "articles": arts,
        })
    (HERE / "documents.json").write_text(json.dumps({
        "conventions": "see tests/dev/CONVENTIONS.md and tests/gold/README.md; set g (second blind, held-out-like set "
                       "of provinces not yet in the corpus); evidence strings are exact substrings of the raw text "
                       "files; written by make_gold.py",
        "documents": documents}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    holdings, persons = [], []
    people = dict(PERSONS)
    for short, _art, name, _label, role, _ev in reporter_rows:
        people.setdefault(f"g:{name}", (name, role, "", [], [short]))
    for pid, (name, ptype, scope, posts, bare) in people.items():
        files = sorted({p[0] for p in posts} | set(bare))
        for short, org, title, evidence, note in posts:
            file = _full(short)
            art = _article(file, evidence)
            _h, date_text, inferred = PAGES[file][3][art - 1][:3]
            holdings.append({"file": file, "article": art, "person": name, "person_id": pid, "org": org,
                             "title": title, "post": org + title, "date_text": date_text, "date_inferred": inferred,
                             "evidence": evidence, "note": note})
            if name not in evidence or title not in evidence.replace(" ", ""):
                raise SystemExit(f"{file}: {name} / {title} not in {evidence!r}")
        entries = {}
        for s in files:
            file = _full(s)
            arts = [i for i in range(1, len(PAGES[file][3]) + 1) if name in _names_in(file, i)]
            entries[s] = {"file": file, "articles": arts, "mentions": _nows(_text(file)).count(name)}
        persons.append({
            "name": name, "id": pid, "type": ptype, "scope": scope,
            "summary": ", ".join(dict.fromkeys(p[1] + p[2] for p in posts)) or ptype,
            "files": entries,
            "posts": [{"post": p[1] + p[2], "where": [f"{p[0]}#A{_article(_full(p[0]), p[3])}"]} for p in posts],
            "byline_roles": [r[2] for r in REPORTERS if r[1] == name],
            "example_evidence": posts[0][3] if posts else next((r[4] for r in REPORTERS if r[1] == name), name),
        })
    for p in persons:
        for entry in p["files"].values():
            if not entry["mentions"] or not entry["articles"]:
                raise SystemExit(f"{entry['file']}: {p['name']} not in the page")
    counts: dict[str, int] = {}
    for p in persons:
        counts[p["type"]] = counts.get(p["type"], 0) + 1
    counts["total"] = len(persons)
    (HERE / "persons.json").write_text(json.dumps({
        "note": "Set g persons. id = corpus-wide person_id (g:马志刚#1 and g:马志刚#2 are two people); "
                "mentions counted by make_gold.py (whitespace removed).",
        "counts": counts, "persons": persons}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _jsonl("post_holdings.jsonl", holdings)
    _jsonl("reporters.jsonl", [
        {"file": _full(s), "article": art, "person": n, "label": label, "role": role, "credit": None,
         "evidence": ev} for s, art, n, label, role, ev in reporter_rows])
    rows = []
    for s, name, etype, date_text, chair, leader, orgs, att, spk, place, ev, parts in MEETINGS:
        file = _full(s)
        for who in filter(None, [chair, leader, *att, *spk]):
            if who not in _text(file):
                raise SystemExit(f"{file}: participant {who} not in the page")
        rows.append({"file": file, "article": _article(file, ev), "name": name, "type": etype,
                     "date_text": _check(file, date_text), "organizers": orgs, "chair": chair, "leader": leader,
                     "speakers": spk, "attendees": att, "attendee_groups": [], "speaker_groups": [], "place": place,
                     "evidence": ev, "evidence_participants": [_check(file, p) for p in parts], "note": None})
    _jsonl("meetings.jsonl", rows)
    _jsonl("projects.jsonl", [{"file": _full(s), "article": _article(_full(s), ev), "name": n, "kind": k,
                                "evidence": ev, "note": None} for s, n, k, ev in PROJECTS])
    places: dict[tuple[str, str], dict] = {}
    for s, n, k, c, ev in PLACES:
        file = _full(s)
        _check(file, ev)
        if n not in ev:
            raise SystemExit(f"{file}: place {n} not in {ev!r}")
        arts = [i for i, (a, b) in enumerate(_spans(file), 1) if n in _nows(_text(file)[a:b])]
        places[(file, n)] = {"file": file, "name": n, "kind": k, "articles": arts, "context": c, "evidence": ev,
                             "note": None}
    _jsonl("places.jsonl", list(places.values()))


if __name__ == "__main__":
    main()
