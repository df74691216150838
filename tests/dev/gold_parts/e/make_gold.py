"""Write gold part ``e`` (events by kind and projects, issue 13 points 5-6) from the table below.

Pages ``tests/dev/texts/e*.txt`` were written for this part with invented names, modelled on real government-site
and newspaper pages (集中开工仪式, 签约仪式, 揭牌/开园仪式, 人大 and 政协 sessions, 全体会议, 走访调研 with a
later 座谈会, 检查, 督导 with a later 党委（扩大）会议, a breadcrumb repeating the headline). Every evidence string is
checked to be a substring of its page; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.
"""

# ruff: noqa: E501
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"
sys.path.insert(0, str(HERE.parent.parent))
from gold_writer import nows as _nows  # noqa: E402
from gold_writer import page_helpers  # noqa: E402

# file: (year, date_text, date_inferred, stamp evidence, headline, body start, scope, topic)
PAGES = {
    "e01_feixi.txt": (2024, "3月12日上午", "2024-03-12", "发布时间：2024-03-12 17:20", "我县举行2024年一季度重大项目集中开工仪式",
                      "3月12日上午，肥西县", "肥西县", "肥西县 groundbreaking ceremony of 28 projects"),
    "e02_shouguang.txt": (2023, "6月15日下午", "2023-06-15", "寿光日报　2023年06月16日", "中化寿光蔬菜种业创新中心项目签约",
                          "本报讯（记者 乔雨涵）", "寿光市", "signing ceremony of a seed innovation centre"),
    "e03_nankang.txt": (2022, "9月22日", "2022-09-22", "2022-09-23 10:15", "南康区家具产业智能制造研究院揭牌",
                        "9月22日，南康区", "南康区", "plaque unveiling of a research institute; park phase 2 opening"),
    "e04_liling.txt": (2024, "1月8日上午", "2024-01-08", "发布时间：2024年01月09日", "醴陵市第十八届人民代表大会第三次会议开幕",
                       "1月8日上午，醴陵市", "醴陵市", "opening of the city people's congress session"),
    "e05_jiexiu.txt": (2023, "2月13日下午", "2023-02-13", "2023-02-14 08:30", "政协介休市第十届委员会第三次会议隆重开幕",
                       "2月13日下午，政协", "介休市", "opening of the city CPPCC session"),
    "e06_changxing.txt": (2023, "8月3日", "2023-08-03", "发布时间：2023-08-04 16:40", "县委书记仇晓峰走访调研民营企业",
                          "8月3日，县委书记", "长兴县", "county secretary visits private firms, then chairs a 座谈会"),
    "e07_jinjiang.txt": (2024, "5月20日", "2024-05-20", "晋江新闻网　2024-05-21", "市长蒲永康带队检查安全生产和防汛备汛工作",
                         "5月20日，市委副书记", "晋江市", "mayor's safety and flood-season inspection"),
    "e08_guanghan.txt": (2022, "9月14日", "2022-09-14", "2022-09-15 09:05", "向阳镇召开党委（扩大）会议部署秋收秋种工作",
                         "9月14日，副市长", "广汉市", "vice-mayor supervises harvest work; town party committee (enlarged) meeting"),
    "e09_shahe.txt": (2023, "11月9日", "2023-11-09", "发布日期：2023-11-10", "邢台市副市长阙明辉到我市调研玻璃产业转型升级工作",
                      "11月9日，邢台市", "沙河市", "prefecture vice-mayor inspects the glass industry; 座谈会; breadcrumb repeats the title"),
    "e10_shunde.txt": (2024, "4月18日下午", "2024-04-18", "发布时间：2024-04-18 18:02", "区政府召开制造业当家重点项目推进会",
                       "4月18日下午，区委", "顺德区", "district mayor chairs a key-project meeting"),
    "e11_dafeng.txt": (2023, "2月27日上午", "2023-02-27", "发布时间：2023-02-28", "大丰区政府召开第五次全体会议",
                       "2月27日上午，大丰区", "大丰区", "plenary meeting of the district government"),
    "e12_chencang.txt": (2024, "10月10日", "2024-10-10", "宝鸡日报　2024年10月11日", "陈仓区中科新材料产业园项目奠基",
                         "本报讯（记者 桂晨阳", "陈仓区", "foundation-stone ceremony of a materials park"),
}

# person: (type, scope, [(file, org, title, evidence)], [files where named without a post])
PERSONS = {
    "訾文涛": ("official", "肥西县", [("e01", "肥西县委", "书记", "县委书记訾文涛")], []),
    "亓官明远": ("official", "肥西县", [("e01", "肥西县委", "副书记", "县委副书记、县长亓官明远"),
                                    ("e01", "肥西县政府", "县长", "县委副书记、县长亓官明远")], []),
    "傅景川": ("official", "肥西县", [("e01", "肥西县委", "常委", "县委常委、常务副县长傅景川"),
                                  ("e01", "肥西县政府", "常务副县长", "县委常委、常务副县长傅景川")], []),
    "赖秋实": ("official", "肥西县", [], ["e01"]),
    "洪雅琴": ("official", "肥西县", [], ["e01"]),
    "阎书朋": ("official", "肥西县", [], ["e01"]),
    "韶文博": ("official", "寿光市", [("e02", "寿光市委", "书记", "市委书记韶文博")], []),
    "宁致远": ("company_executive", "中化现代农业有限公司", [], ["e02"]),
    "雍立军": ("official", "寿光市", [("e02", "寿光市委", "副书记", "市委副书记、市长雍立军"),
                                  ("e02", "寿光市政府", "市长", "市委副书记、市长雍立军")], []),
    "郦晓梅": ("official", "寿光市", [("e02", "寿光市政府", "副市长", "副市长郦晓梅")], []),
    "滕远征": ("official", "南康区", [("e03", "南康区委", "书记", "区委书记滕远征")], []),
    "鞠海平": ("official", "南康区", [("e03", "南康区政府", "区长", "区长鞠海平")], []),
    "蒯正清": ("official", "南康区", [("e03", "南康区委", "常委", "区委常委、常务副区长蒯正清"),
                                       ("e03", "南康区政府", "常务副区长", "区委常委、常务副区长蒯正清")], []),
    "殳海燕": ("official", "南康区", [], ["e03"]),
    "夔志明": ("official", "南康区", [], ["e03"]),
    "桓立新": ("official", "醴陵市", [("e04", "醴陵市人大常委会", "主任", "市人大常委会主任桓立新")], []),
    "暨东升": ("official", "醴陵市", [("e04", "醴陵市委", "书记", "市委书记暨东升")], []),
    "邴文华": ("official", "醴陵市", [("e04", "醴陵市政府", "市长", "市长邴文华")], []),
    "莘丽君": ("official", "醴陵市", [("e04", "醴陵市政协", "主席", "市政协主席莘丽君")], []),
    "冶文清": ("official", "介休市", [("e05", "介休市政协", "主席", "市政协主席冶文清")], []),
    "庾立伟": ("official", "介休市", [("e05", "介休市委", "书记", "市委书记庾立伟")], []),
    "蔚志强": ("official", "介休市", [("e05", "介休市委", "副书记", "市委副书记、市长蔚志强"),
                                  ("e05", "介休市政府", "市长", "市委副书记、市长蔚志强")], []),
    "仇晓峰": ("official", "长兴县", [("e06", "长兴县委", "书记", "县委书记仇晓峰")], []),
    "邬思远": ("official", "长兴县", [], ["e06"]),
    "卞立群": ("official", "长兴县", [], ["e06"]),
    "蒲永康": ("official", "晋江市", [("e07", "晋江市委", "副书记", "市委副书记、市长蒲永康"),
                                  ("e07", "晋江市政府", "市长", "市委副书记、市长蒲永康")], []),
    "滑建波": ("official", "晋江市", [("e07", "晋江市政府", "副市长", "副市长滑建波")], []),
    "钮春燕": ("official", "广汉市", [("e08", "广汉市政府", "副市长", "副市长钮春燕")], []),
    "谌国梁": ("official", "广汉市向阳镇", [("e08", "广汉市向阳镇党委", "书记", "向阳镇党委书记谌国梁")], []),
    "阙明辉": ("official", "邢台市", [("e09", "邢台市政府", "副市长", "邢台市副市长阙明辉")], []),
    "廉少华": ("official", "沙河市", [("e09", "沙河市委", "书记", "沙河市委书记廉少华")], []),
    "巩立强": ("official", "沙河市", [("e09", "沙河市委", "副书记", "市委副书记、市长巩立强"),
                                  ("e09", "沙河市政府", "市长", "市委副书记、市长巩立强")], []),
    "冉志刚": ("official", "顺德区", [("e10", "顺德区委", "副书记", "区委副书记、区长冉志刚"),
                                       ("e10", "顺德区政府", "区长", "区委副书记、区长冉志刚")], []),
    "竺海宁": ("official", "顺德区", [("e10", "顺德区政府", "副区长", "副区长竺海宁")], []),
    "贡文彬": ("official", "顺德区", [("e10", "顺德区政府", "副区长", "副区长竺海宁、贡文彬")], []),
    "戴晓光": ("official", "大丰区", [("e11", "大丰区委", "副书记", "区委副书记、区长戴晓光"),
                                       ("e11", "大丰区政府", "区长", "区委副书记、区长戴晓光")], []),
    "邰文静": ("official", "大丰区", [("e11", "大丰区政府", "副区长", "副区长邰文静")], []),
    "蓟长青": ("official", "大丰区", [("e11", "大丰区政府", "副区长", "副区长邰文静、蓟长青")], []),
    "闵卫东": ("official", "陈仓区", [("e12", "陈仓区委", "书记", "区委书记闵卫东")], []),
    "柴建平": ("official", "陈仓区", [("e12", "陈仓区委", "副书记", "区委副书记、区长柴建平"),
                                       ("e12", "陈仓区政府", "区长", "区委副书记、区长柴建平")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("e01", "姚佳慧", "责任编辑", "editor", "责任编辑：姚佳慧"),
    ("e02", "乔雨涵", "记者", "reporter", "记者 乔雨涵"),
    ("e06", "戚梦瑶", "责任编辑", "editor", "责任编辑：戚梦瑶"),
    ("e07", "甄若兰", "记者", "reporter", "记者　甄若兰"),
    ("e12", "桂晨阳", "记者", "reporter", "记者 桂晨阳"),
    ("e12", "隗雨欣", "通讯员", "correspondent", "通讯员 隗雨欣"),
]

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("e01", "肥西县2024年一季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "3月12日上午", "傅景川", None, [],
     ["赖秋实", "洪雅琴", "阎书朋"], ["訾文涛", "亓官明远"], "桃花工业园",
     "肥西县2024年一季度重大项目集中开工仪式在桃花工业园主会场举行",
     ["县委书记訾文涛宣布项目开工", "县长亓官明远致辞", "常务副县长傅景川主持仪式", "县领导赖秋实、洪雅琴、阎书朋出席"]),
    ("e02", "中化寿光蔬菜种业创新中心项目签约仪式", "ceremony (签约仪式)", "6月15日下午", "雍立军", None, [],
     ["韶文博", "宁致远", "郦晓梅"], ["韶文博"], "寿光市民服务中心",
     "中化寿光蔬菜种业创新中心项目签约仪式在寿光市民服务中心举行",
     ["市长雍立军主持签约仪式", "韶文博表示", "副市长郦晓梅，市农业农村局、寿光国家农业科技园区主要负责人参加签约仪式"]),
    ("e03", "南康区家具产业智能制造研究院揭牌仪式", "ceremony (揭牌仪式)", "9月22日", "蒯正清", None, [],
     ["滕远征", "鞠海平"], ["滕远征"], "南康家具产业园",
     "南康区家具产业智能制造研究院揭牌仪式在南康家具产业园举行",
     ["仪式由区委常委、常务副区长蒯正清主持", "滕远征指出"]),
    ("e03", "南康家具产业园二期开园仪式", "ceremony (开园仪式)", "9月22日", None, None, [],
     ["殳海燕", "夔志明"], [], "南康家具产业园",
     "当天，南康家具产业园二期开园仪式同步举行", ["区领导殳海燕、夔志明参加活动"]),
    ("e04", "醴陵市第十八届人民代表大会第三次会议", "session (人民代表大会)", "1月8日上午", "桓立新", None, [],
     ["暨东升", "邴文华", "莘丽君"], ["邴文华"], "醴陵市会议中心",
     "醴陵市第十八届人民代表大会第三次会议在醴陵市会议中心开幕",
     ["市人大常委会主任桓立新主持开幕会", "邴文华代表市人民政府作政府工作报告"]),
    ("e05", "政协介休市第十届委员会第三次会议", "session (政协会议)", "2月13日下午", "冶文清", None, [],
     ["庾立伟", "蔚志强"], ["冶文清"], "介休市人民会堂",
     "政协介休市第十届委员会第三次会议在介休市人民会堂隆重开幕", ["市政协主席冶文清主持开幕会"]),
    ("e06", "民营企业走访调研", "inspection (走访调研)", "8月3日", None, "仇晓峰", [],
     ["邬思远", "卞立群"], ["仇晓峰"], None,
     "县委书记仇晓峰带队走访调研民营企业", ["县委书记仇晓峰带队", "县领导邬思远、卞立群参加", "仇晓峰强调"]),
    ("e06", "民营企业家座谈会", "meeting (座谈会)", "8月3日", "仇晓峰", None, [], [], [], None,
     "仇晓峰主持召开民营企业家座谈会", ["仇晓峰主持召开"]),
    ("e07", "安全生产和防汛备汛工作检查", "inspection (带队检查)", "5月20日", None, "蒲永康", [],
     ["滑建波"], ["蒲永康"], None,
     "市委副书记、市长蒲永康带队检查安全生产和防汛备汛工作", ["副市长滑建波参加检查", "蒲永康强调"]),
    ("e08", "秋收秋种和秸秆禁烧工作督导", "inspection (督导)", "9月14日", None, "钮春燕", [],
     ["谌国梁"], [], "向阳镇",
     "副市长钮春燕到向阳镇督导秋收秋种和秸秆禁烧工作", ["向阳镇党委书记谌国梁陪同督导"]),
    ("e08", "向阳镇党委（扩大）会议", "meeting (党委扩大会议)", "9月14日", "谌国梁", None, ["向阳镇"], [], [], None,
     "向阳镇召开党委（扩大）会议", ["会议由谌国梁主持"]),
    ("e09", "玻璃产业转型升级工作调研", "inspection (调研)", "11月9日", None, "阙明辉", [],
     ["廉少华", "巩立强"], ["阙明辉"], None,
     "邢台市副市长阙明辉到我市调研玻璃产业转型升级工作", ["市长巩立强陪同调研", "阙明辉指出"]),
    ("e09", "座谈会", "meeting (座谈会)", "11月9日", None, None, [], [], ["阙明辉"], None,
     "在随后召开的座谈会上", ["阙明辉听取了沙河市玻璃产业发展情况汇报"]),
    ("e10", "全区制造业当家重点项目推进会", "meeting (推进会)", "4月18日下午", "冉志刚", None, [],
     ["竺海宁", "贡文彬"], ["冉志刚"], None,
     "区委副书记、区长冉志刚主持召开了全区制造业当家重点项目推进会", ["副区长竺海宁、贡文彬出席会议", "冉志刚强调"]),
    ("e11", "大丰区政府第五次全体会议", "session (政府全体会议)", "2月27日上午", "戴晓光", None, [],
     ["邰文静", "蓟长青"], ["戴晓光"], None,
     "大丰区政府第五次全体会议召开", ["区长戴晓光主持会议并讲话", "副区长邰文静、蓟长青出席会议"]),
    ("e12", "陈仓区中科新材料产业园项目奠基仪式", "ceremony (奠基仪式)", "10月10日", "柴建平", None, [],
     ["闵卫东"], [], "阳平镇",
     "陈仓区中科新材料产业园项目奠基仪式在阳平镇举行", ["区委书记闵卫东出席", "区长柴建平主持仪式"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("e01", "桃花工业园", "industrial_park", "在桃花工业园主会场举行"),
    ("e01", "年产210台大型盾构机智能制造项目", "project", "年产210台大型盾构机智能制造项目"),
    ("e01", "润华新能源储能电池一期项目", "project", "润华新能源储能电池一期项目"),
    ("e01", "桃花镇老旧小区改造工程", "engineering_work", "桃花镇老旧小区改造工程"),
    ("e01", "紫蓬山旅游度假区游客中心二期", "project", "紫蓬山旅游度假区游客中心二期"),
    ("e02", "中化寿光蔬菜种业创新中心项目", "project", "中化寿光蔬菜种业创新中心项目签约仪式"),
    ("e03", "南康家具产业园", "industrial_park", "在南康家具产业园举行"),
    ("e03", "南康家具产业园二期", "industrial_park", "南康家具产业园二期开园仪式"),
    ("e04", "醴陵陶瓷产业园三期", "industrial_park", "醴陵陶瓷产业园三期"),
    ("e04", "渌江新城综合管廊工程", "infrastructure_project", "渌江新城综合管廊工程"),
    ("e04", "醴陵火车站站前广场改造项目", "project", "醴陵火车站站前广场改造项目"),
    ("e05", "绵山文旅康养综合体项目", "project", "绵山文旅康养综合体项目"),
    ("e06", "超威动力智能工厂项目", "project", "超威动力智能工厂项目"),
    ("e07", "九十九溪防洪排涝工程", "infrastructure_project", "九十九溪防洪排涝工程"),
    ("e07", "安海镇危旧房改造项目", "housing_project", "安海镇危旧房改造项目"),
    ("e08", "向阳镇高标准农田建设项目", "project", "向阳镇高标准农田建设项目"),
    ("e08", "三星堆农旅融合示范园", "project", "三星堆农旅融合示范园"),
    ("e09", "德金玻璃年产60万吨超白光伏玻璃项目", "project", "德金玻璃年产60万吨超白光伏玻璃项目"),
    ("e10", "美的顺德机器人产业园项目", "project", "美的顺德机器人产业园项目"),
    ("e10", "顺德港扩建工程", "infrastructure_project", "顺德港扩建工程"),
    ("e10", "容桂水道防洪提升工程", "infrastructure_project", "容桂水道防洪提升工程"),
    ("e11", "大丰港海上风电装备产业园", "industrial_park", "大丰港海上风电装备产业园"),
    ("e11", "金风科技大丰叶片二期项目", "project", "金风科技大丰叶片二期项目"),
    ("e11", "大丰区人民医院新院区工程", "engineering_work", "大丰区人民医院新院区工程"),
    ("e12", "陈仓区中科新材料产业园项目", "project", "陈仓区中科新材料产业园项目奠基仪式"),
    ("e12", "陈仓区标准化厂房三期", "project", "陈仓区标准化厂房三期"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("e01", "肥西县", "county", "standalone", "肥西县2024年一季度"),
    ("e01", "桃花镇", "town", "in_project_name", "桃花镇老旧小区改造工程"),
    ("e01", "紫蓬山旅游度假区", "resort", "in_project_name", "紫蓬山旅游度假区游客中心二期"),
    ("e02", "寿光", "county_level_city", "standalone", "寿光将以更优的营商环境"),
    ("e02", "寿光市民服务中心", "venue", "standalone", "在寿光市民服务中心举行"),
    ("e02", "寿光国家农业科技园区", "area", "standalone", "寿光国家农业科技园区主要负责人"),
    ("e03", "南康区", "district", "standalone", "南康区家具产业智能制造研究院"),
    ("e04", "醴陵市", "county_level_city", "standalone", "醴陵市第十八届"),
    ("e04", "醴陵市会议中心", "venue", "standalone", "在醴陵市会议中心开幕"),
    ("e04", "渌江新城", "area", "in_project_name", "渌江新城综合管廊工程"),
    ("e04", "醴陵火车站", "transport_hub", "in_project_name", "醴陵火车站站前广场改造项目"),
    ("e05", "介休市", "county_level_city", "standalone", "政协介休市第十届委员会"),
    ("e05", "介休市人民会堂", "venue", "standalone", "在介休市人民会堂隆重开幕"),
    ("e05", "绵山", "scenic_area", "in_project_name", "绵山文旅康养综合体项目"),
    ("e05", "介休经开区", "development_zone", "standalone", "介休经开区焦化产业转型升级"),
    ("e06", "长兴太湖图影旅游度假区", "resort", "standalone", "长兴太湖图影旅游度假区"),
    ("e07", "晋江国际鞋纺城", "venue", "standalone", "晋江国际鞋纺城"),
    ("e07", "九十九溪", "river", "in_project_name", "九十九溪防洪排涝工程"),
    ("e07", "安海镇", "town", "in_project_name", "安海镇危旧房改造项目"),
    ("e08", "向阳镇", "town", "standalone", "到向阳镇督导"),
    ("e08", "三星堆", "heritage_site", "in_project_name", "三星堆农旅融合示范园"),
    ("e09", "邢台市", "city", "in_title", "邢台市副市长阙明辉"),
    ("e09", "沙河市", "county_level_city", "standalone", "沙河市玻璃产业发展情况"),
    ("e10", "顺德港", "port", "in_project_name", "顺德港扩建工程"),
    ("e10", "容桂水道", "river", "in_project_name", "容桂水道防洪提升工程"),
    ("e11", "大丰区", "district", "standalone", "大丰区政府第五次全体会议召开"),
    ("e11", "大丰港", "port", "in_project_name", "大丰港海上风电装备产业园"),
    ("e12", "陈仓区", "district", "standalone", "陈仓区坚持把项目建设"),
    ("e12", "阳平镇", "town", "standalone", "在阳平镇举行"),
    ("e12", "东湖公园", "park", "standalone", "东湖公园周边"),
]


_full, _text, _check, _jsonl = page_helpers(HERE, TEXTS, PAGES)


def main() -> None:
    documents = []
    for file, (year, date_text, inferred, stamp, headline, start, _scope, topic) in PAGES.items():
        text = _text(file)
        _check(file, stamp)
        _check(file, headline)
        begin = text.index(start)
        body = text[begin:]
        named = [n for n in PERSONS if n in text] + [r[1] for r in REPORTERS if _full(r[0]) == file]
        documents.append({
            "file": file, "file_id": file[:3], "publication_year": year, "year_confidence": "high",
            "date_estimate": f"{inferred} (event); page stamp {stamp}", "date_confidence": "high",
            "dating_evidence": [{"article": 1, "evidence": stamp, "reasoning": "page stamp"},
                                {"article": 1, "evidence": date_text, "reasoning": "event date in the lead"}],
            "outside_context": [], "article_count": 1,
            "articles": [{
                "index": 1, "headline": headline, "headline_lines": [headline], "headline_position": "before body",
                "headline_note": None, "body_first20_raw": body[:20], "body_first20_nows": _nows(body)[:20],
                "date_text": date_text, "date_inferred": inferred,
                "reporters": [r[1] for r in REPORTERS if _full(r[0]) == file and r[3] in ("reporter", "correspondent")],
                "byline": next((r[4] for r in REPORTERS if _full(r[0]) == file), None),
                "persons_mentioned": list(dict.fromkeys(named)), "referenced_meetings": [], "topic": topic,
                "char_spans": [[text.index(headline), len(text.rstrip())]],
            }],
        })
    (HERE / "documents.json").write_text(json.dumps({
        "conventions": "see tests/dev/CONVENTIONS.md and tests/gold/README.md; set e (events by kind, projects); "
                       "evidence strings are exact substrings of the raw text files; written by make_gold.py",
        "documents": documents}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    holdings, persons = [], []
    people = {**{n: v for n, v in PERSONS.items()},
              **{r[1]: (r[3], "", [], [r[0]]) for r in REPORTERS}}
    for name, (ptype, scope, posts, bare) in people.items():
        files = sorted({p[0] for p in posts} | set(bare))
        for short, org, title, evidence in posts:
            file = _full(short)
            year, date_text, inferred = PAGES[file][:3]
            holdings.append({"file": file, "article": 1, "person": name, "person_id": f"e:{name}", "org": org,
                             "title": title, "post": org + title, "date_text": date_text, "date_inferred": inferred,
                             "evidence": _check(file, evidence), "note": None})
        persons.append({
            "name": name, "id": f"e:{name}", "type": ptype, "scope": scope,
            "summary": ", ".join(dict.fromkeys(o + t for _, o, t, _ in posts)) or ptype,
            "files": {s: {"file": _full(s), "articles": [1], "mentions": _nows(_text(_full(s))).count(name)}
                      for s in files},
            "posts": [{"post": o + t, "where": [f"{s}#A1"]} for s, o, t, _ in posts],
            "byline_roles": [r[2] for r in REPORTERS if r[1] == name],
            "example_evidence": posts[0][3] if posts else next((r[4] for r in REPORTERS if r[1] == name), name),
        })
    for p in persons:
        for entry in p["files"].values():
            if not entry["mentions"]:
                raise SystemExit(f"{entry['file']}: {p['name']} not in the page")
    counts: dict[str, int] = {}
    for p in persons:
        counts[p["type"]] = counts.get(p["type"], 0) + 1
    counts["total"] = len(persons)
    (HERE / "persons.json").write_text(json.dumps({
        "note": "Set e persons. id = corpus-wide person_id; mentions counted by make_gold.py (whitespace removed).",
        "counts": counts, "persons": persons}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _jsonl("post_holdings.jsonl", holdings)
    _jsonl("reporters.jsonl", [
        {"file": _full(s), "article": 1, "person": n, "label": label, "role": role, "credit": None,
         "evidence": _check(_full(s), ev)} for s, n, label, role, ev in REPORTERS])
    rows = []
    for s, name, etype, date_text, chair, leader, orgs, att, spk, place, ev, parts in MEETINGS:
        file = _full(s)
        rows.append({"file": file, "article": 1, "name": name, "type": etype, "date_text": _check(file, date_text),
                     "organizers": orgs, "chair": chair, "leader": leader, "speakers": spk, "attendees": att,
                     "attendee_groups": [], "speaker_groups": [], "place": place, "evidence": _check(file, ev),
                     "evidence_participants": [_check(file, p) for p in parts], "note": None})
    _jsonl("meetings.jsonl", rows)
    _jsonl("projects.jsonl", [{"file": _full(s), "article": 1, "name": n, "kind": k, "evidence": _check(_full(s), ev),
                                "note": None} for s, n, k, ev in PROJECTS])
    _jsonl("places.jsonl", [{"file": _full(s), "name": n, "kind": k, "articles": [1], "context": c,
                              "evidence": _check(_full(s), ev), "note": None} for s, n, k, c, ev in PLACES])


if __name__ == "__main__":
    main()
