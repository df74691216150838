"""Write gold part ``f`` (a blind, held-out-like set) from the tables below.

Pages ``tests/dev/texts/f*.txt`` were written for this part with invented names, modelled on real pages of the
genre read with the ``search`` tool from places not yet in the corpus (惠阳区, 临朐县, 正定县, 西乡县, 繁昌区,
上犹县, 桂林高新区, 邛崃市, 福清市, 瓦房店市, 义乌市, 惠州市, 章丘区, 西安高新区): 区委常委会（扩大）会议, a 人大常委会
meeting with an appointment notice (任命/免去), a county head's 调研 with a stray space (``县长 庹建新``), a 政协
session, a 集中开工仪式 with a project list, a 督导检查 with an honorific (``戈振华书记``) and a later meeting, a
visiting delegation (钦南区 at 桂林高新区; 武进区 at 福清市), a digital newspaper edition (第A02版), a town page, a
leadership announcement with a career line, one official seen in two posts of one city (麦立强: 惠阳区区长 in 2021,
惠州市副市长 in 2024) and two different officials named 杨海涛 (西乡县, 陕西; 复州城镇, 辽宁).

Annotated by hand before newskg was run on the pages. Every evidence string is checked to be a substring of its
page; mention counts are counted, not typed. Run this, then ``python tests/dev/merge_gold.py``.

Choices: a post the text says a person holds at the page's date is a holding, including one given by an appointment
(``决定任命蔺晓东为…副县长``, ``喻卫平同志任义乌市委副书记``); posts of a career line (``2015年3月任兰溪市副市长``)
are holdings with the career date as ``date_text``; a post the person leaves (``辞去…副县长职务``, ``免去…局长职务``)
is not a holding. ``区领导`` are not posts.
"""

# ruff: noqa: E501
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"
sys.path.insert(0, str(HERE.parent.parent))
from gold_writer import nows as _nows  # noqa: E402
from gold_writer import page_helpers  # noqa: E402

# file: (year, date_text, date_inferred, stamp evidence, headline, body start, scope, topic)
PAGES = {
    "f01_huiyang.txt": (2021, "4月15日下午", "2021-04-15", "发布时间：2021-04-16 18:32", "区委常委会召开会议 研究部署重点项目建设等工作",
                        "4月15日下午，区委书记", "惠阳区", "district standing committee (enlarged) meeting"),
    "f02_linqu.txt": (2019, "9月26日上午", "2019-09-26", "发布日期：2019-09-27", "县十七届人大常委会举行第十九次会议",
                      "9月26日上午，县十七届", "临朐县", "county people's congress standing committee meeting; appointments and removals"),
    "f03_zhengding.txt": (2022, "3月9日上午", "2022-03-09", "发布时间:2022-03-10 17:45:02", "县长庹建新带队调研重点项目建设工作",
                          "3月9日上午，县委副书记", "正定县", "county head inspects key projects"),
    "f04_xixiang.txt": (2022, "1月5日上午", "2022-01-05", "2022年01月06日 10:15", "政协西乡县第十届委员会第一次会议隆重开幕",
                        "1月5日上午，政协西乡县", "西乡县", "opening of the county CPPCC session"),
    "f05_fanchang.txt": (2023, "2月20日上午", "2023-02-20", "发布时间：2023-02-21 09:12", "繁昌区2023年一季度重大项目集中开工",
                         "2月20日上午，繁昌区", "繁昌区", "groundbreaking ceremony of 22 projects"),
    "f06_shangyou.txt": (2020, "9月23日", "2020-09-23", "日期：2020/09/24", "戈振华带队督导检查节前安全生产工作",
                         "9月23日，县委书记", "上犹县", "county secretary's safety inspection; county safety meeting"),
    "f07_guilin_gxq.txt": (2024, "5月16日上午", "2024-05-16", "发布时间：2024-05-17 10:20:33", "钦南区考察团莅临我区交流考察",
                           "5月16日上午，钦州市", "桂林高新区", "a delegation of 钦南区 visits 桂林高新区; 座谈会"),
    "f08_qionglai.txt": (2025, "6月11日", "2025-06-11", "邛崃报　2025年06月12日　星期四", "市委书记廖文彬到平乐镇天台山镇调研",
                         "本报讯（记者 苟思远）", "邛崃市", "city secretary inspects tourism and key projects (digital edition)"),
    "f09_fuqing.txt": (2021, "11月18日下午", "2021-11-18", "时间：2021-11-19 19:05", "福清市与常州市武进区举行产业合作签约仪式",
                       "11月18日下午，福清市", "福清市", "signing ceremony with a visiting 武进区 delegation"),
    "f10_wafangdian.txt": (2023, "7月12日", "2023-07-12", "——2023年7月13日", "复州城镇党委书记杨海涛带队调研重点项目建设",
                           "7月12日，复州城镇", "瓦房店市复州城镇", "town secretary inspects town projects; town party committee meeting"),
    "f11_yiwu.txt": (2024, "8月27日上午", "2024-08-27", "发布时间：2024-08-27 17:40", "我市召开领导干部会议 宣布市政府主要领导调整决定",
                     "8月27日上午，我市", "义乌市", "leadership announcement with a career line"),
    "f12_huizhou.txt": (2024, "6月4日", "2024-06-04", "发布时间：2024-06-05 08:51:27", "麦立强带队检查防汛备汛和地质灾害防治工作",
                        "6月4日，副市长", "惠州市", "vice-mayor's flood-season inspection in 惠阳区 and 博罗县"),
    "f13_zhangqiu.txt": (2019, "12月5日下午", "2019-12-05", "发布日期：2019-12-06", "区政府召开第三十二次常务会议",
                         "12月5日下午，区委副书记", "章丘区", "district government executive meeting"),
    "f14_xian_gxq.txt": (2025, "1月7日下午", "2025-01-07", "发布时间：2025-01-08 19:20", "高新区召开党工委（扩大）会议 部署2025年重点项目建设",
                         "1月7日下午，市委常委", "西安高新区", "zone party working committee (enlarged) meeting; project list"),
}

# person id: (name, type, scope, [(file, org, title, evidence, date_text or None, note)], [files where named without a post])
PERSONS = {
    "f:柯振邦": ("柯振邦", "official", "惠阳区", [("f01", "惠阳区委", "书记", "区委书记柯振邦", None, None)], []),
    "f:麦立强": ("麦立强", "official", "惠州市", [
        ("f01", "惠阳区委", "副书记", "区委副书记、区长麦立强", None, None),
        ("f01", "惠阳区政府", "区长", "区委副书记、区长麦立强", None, None),
        ("f12", "惠州市政府", "副市长", "副市长麦立强带队", None, "moved from 惠阳区区长 (f01, 2021) to 惠州市副市长 (2024)")], []),
    "f:龚少萍": ("龚少萍", "official", "惠阳区", [("f01", "惠阳区人大常委会", "主任", "区人大常委会主任龚少萍", None, None)], []),
    "f:骆家声": ("骆家声", "official", "惠阳区", [("f01", "惠阳区政协", "主席", "区政协主席骆家声", None, None)], []),
    "f:黎伟成": ("黎伟成", "official", "惠阳区", [
        ("f01", "惠阳区委", "常委", "区委常委、常务副区长黎伟成", None, None),
        ("f01", "惠阳区政府", "常务副区长", "区委常委、常务副区长黎伟成", None, None)], []),
    "f:钟离宏": ("钟离宏", "official", "临朐县", [("f02", "临朐县人大常委会", "主任", "县人大常委会主任钟离宏，副主任", None, None)], []),
    "f:冼国华": ("冼国华", "official", "临朐县", [("f02", "临朐县人大常委会", "副主任", "副主任冼国华、倪红梅出席会议", None, "list after the full chain 县人大常委会主任钟离宏，")], []),
    "f:倪红梅": ("倪红梅", "official", "临朐县", [("f02", "临朐县人大常委会", "副主任", "副主任冼国华、倪红梅出席会议", None, "list after the full chain")], []),
    "f:乜秀英": ("乜秀英", "official", "临朐县", [("f02", "临朐县人大常委会", "副主任", "副主任乜秀英主持会议", None, None)], []),
    "f:蔺晓东": ("蔺晓东", "official", "临朐县", [("f02", "临朐县政府", "副县长", "副县长蔺晓东", None, "appointed at this meeting (决定任命蔺晓东为临朐县人民政府副县长)")], []),
    "f:谷雨农": ("谷雨农", "official", "临朐县", [("f02", "临朐县发展和改革局", "局长", "决定任命谷雨农为临朐县发展和改革局局长", None, "appointed at this meeting")], []),
    "f:孔繁宇": ("孔繁宇", "official", "临朐县", [], ["f02"]),
    "f:邝志远": ("邝志远", "official", "临朐县", [], ["f02"]),
    "f:查文博": ("查文博", "official", "临朐县", [
        ("f02", "临朐县委", "常委", "县委常委、组织部部长查文博", None, None),
        ("f02", "临朐县委组织部", "部长", "县委常委、组织部部长查文博", None, None)], []),
    "f:庹建新": ("庹建新", "official", "正定县", [
        ("f03", "正定县委", "副书记", "县委副书记、县长 庹建新", None, "stray space between 县长 and the name"),
        ("f03", "正定县政府", "县长", "县委副书记、县长 庹建新", None, "stray space between 县长 and the name")], []),
    "f:郗明磊": ("郗明磊", "official", "正定县", [("f03", "正定县政府", "副县长", "副县长郗明磊", None, None)], []),
    "f:封晓燕": ("封晓燕", "official", "正定县正定镇", [("f03", "正定县正定镇党委", "书记", "正定镇党委书记封晓燕", None, None)], []),
    "f:宓文琴": ("宓文琴", "official", "西乡县", [("f04", "西乡县政协", "主席", "县政协主席宓文琴", None, "大会执行主席 is a role of the session, not a post")], []),
    "f:贲志强": ("贲志强", "official", "西乡县", [("f04", "西乡县委", "书记", "县委书记贲志强", None, None)], []),
    "f:明德源": ("明德源", "official", "西乡县", [
        ("f04", "西乡县委", "副书记", "县委副书记、县长明德源", None, None),
        ("f04", "西乡县政府", "县长", "县委副书记、县长明德源", None, None)], []),
    "f:尚玉珍": ("尚玉珍", "official", "西乡县", [("f04", "西乡县人大常委会", "主任", "县人大常委会主任尚玉珍", None, None)], []),
    "f:杨海涛#1": ("杨海涛", "official", "西乡县", [
        ("f04", "西乡县委", "常委", "县委常委、副县长杨海涛", None, "not the 杨海涛 of 瓦房店市复州城镇 (f10)"),
        ("f04", "西乡县政府", "副县长", "县委常委、副县长杨海涛", None, "not the 杨海涛 of 瓦房店市复州城镇 (f10)")], []),
    "f:欧阳立峰": ("欧阳立峰", "official", "繁昌区", [("f05", "繁昌区委", "书记", "区委书记欧阳立峰", None, None)], []),
    "f:汤慧敏": ("汤慧敏", "official", "繁昌区", [
        ("f05", "繁昌区委", "副书记", "区委副书记、区长汤慧敏", None, None),
        ("f05", "繁昌区政府", "区长", "区委副书记、区长汤慧敏", None, None)], []),
    "f:桑德林": ("桑德林", "official", "繁昌区", [
        ("f05", "繁昌区委", "常委", "区委常委、常务副区长桑德林", None, None),
        ("f05", "繁昌区政府", "常务副区长", "区委常委、常务副区长桑德林", None, None)], []),
    "f:仝晓雯": ("仝晓雯", "official", "繁昌区", [], ["f05"]),
    "f:祁向东": ("祁向东", "official", "繁昌区", [], ["f05"]),
    "f:殷春燕": ("殷春燕", "official", "繁昌区", [], ["f05"]),
    "f:戈振华": ("戈振华", "official", "上犹县", [("f06", "上犹县委", "书记", "县委书记戈振华", None, "also 戈振华书记 (honorific) in the body")], []),
    "f:晏丽萍": ("晏丽萍", "official", "上犹县", [
        ("f06", "上犹县委", "常委", "县委常委、副县长晏丽萍", None, None),
        ("f06", "上犹县政府", "副县长", "县委常委、副县长晏丽萍", None, None)], []),
    "f:房立新": ("房立新", "official", "上犹县", [
        ("f06", "上犹县委", "副书记", "县委副书记、县长房立新", None, None),
        ("f06", "上犹县政府", "县长", "县委副书记、县长房立新", None, None)], []),
    "f:韦荣光": ("韦荣光", "external_official", "钦南区", [
        ("f07", "钦南区委", "副书记", "钦州市钦南区委副书记、区长韦荣光", None, "visitor from 钦州市钦南区"),
        ("f07", "钦南区政府", "区长", "钦州市钦南区委副书记、区长韦荣光", None, "visitor from 钦州市钦南区")], []),
    "f:覃丽华": ("覃丽华", "official", "桂林高新区", [
        ("f07", "桂林高新区党工委", "副书记", "高新区党工委副书记、管委会主任覃丽华", None, None),
        ("f07", "桂林高新区管委会", "主任", "高新区党工委副书记、管委会主任覃丽华", None, None)], []),
    "f:莫振宇": ("莫振宇", "official", "桂林高新区", [
        ("f07", "桂林高新区党工委", "委员", "党工委委员、管委会副主任莫振宇", None, None),
        ("f07", "桂林高新区管委会", "副主任", "党工委委员、管委会副主任莫振宇", None, None)], []),
    "f:廖文彬": ("廖文彬", "official", "邛崃市", [("f08", "邛崃市委", "书记", "市委书记廖文彬", None, None)], []),
    "f:蓝海鹰": ("蓝海鹰", "official", "邛崃市", [
        ("f08", "邛崃市委", "常委", "市委常委、副市长蓝海鹰", None, None),
        ("f08", "邛崃市政府", "副市长", "市委常委、副市长蓝海鹰", None, None)], []),
    "f:聂云飞": ("聂云飞", "official", "邛崃市平乐镇", [("f08", "邛崃市平乐镇党委", "书记", "镇党委书记聂云飞", None, "镇 = 平乐镇 (在平乐镇，…镇党委书记)")], []),
    "f:许晨阳": ("许晨阳", "external_official", "武进区", [
        ("f09", "武进区委", "副书记", "常州市武进区委副书记、区长许晨阳", None, "visitor from 常州市武进区"),
        ("f09", "武进区政府", "区长", "常州市武进区委副书记、区长许晨阳", None, "visitor from 常州市武进区")], []),
    "f:阮少君": ("阮少君", "official", "福清市", [("f09", "福清市委", "书记", "福清市委书记阮少君", None, None)], []),
    "f:江一帆": ("江一帆", "official", "福清市", [
        ("f09", "福清市委", "副书记", "市委副书记、市长江一帆", None, "surname 江 after 市长 (市长江…)"),
        ("f09", "福清市政府", "市长", "市委副书记、市长江一帆", None, "surname 江 after 市长 (市长江…)")], []),
    "f:童雅萍": ("童雅萍", "official", "福清市", [("f09", "福清市政府", "副市长", "副市长童雅萍", None, None)], []),
    "f:杨海涛#2": ("杨海涛", "official", "瓦房店市复州城镇", [
        ("f10", "瓦房店市复州城镇党委", "书记", "复州城镇党委书记杨海涛，", None, "not the 杨海涛 of 西乡县 (f04)")], []),
    "f:卜晓丹": ("卜晓丹", "official", "瓦房店市复州城镇", [
        ("f10", "瓦房店市复州城镇党委", "副书记", "镇党委副书记、镇长卜晓丹", None, None),
        ("f10", "瓦房店市复州城镇政府", "镇长", "镇党委副书记、镇长卜晓丹", None, None)], []),
    "f:鲁晓光": ("鲁晓光", "official", "瓦房店市复州城镇", [("f10", "瓦房店市复州城镇政府", "副镇长", "副镇长鲁晓光", None, None)], []),
    "f:喻卫平": ("喻卫平", "official", "义乌市", [
        ("f11", "义乌市委", "副书记", "喻卫平同志任义乌市委副书记", None, "appointment announced at the meeting"),
        ("f11", "兰溪市政府", "副市长", "喻卫平，男，汉族，1976年5月生，浙江东阳人，研究生学历。2015年3月任兰溪市副市长", "2015年3月", "career line (past post)"),
        ("f11", "义乌市委", "常委", "喻卫平，男，汉族，1976年5月生，浙江东阳人，研究生学历。2015年3月任兰溪市副市长，2019年11月任义乌市委常委、常务副市长", "2019年11月", "career line"),
        ("f11", "义乌市政府", "常务副市长", "喻卫平，男，汉族，1976年5月生，浙江东阳人，研究生学历。2015年3月任兰溪市副市长，2019年11月任义乌市委常委、常务副市长", "2019年11月", "career line")], []),
    "f:莫晓岚": ("莫晓岚", "external_official", "金华市", [
        ("f11", "金华市委", "常委", "金华市委常委、组织部部长莫晓岚", None, None),
        ("f11", "金华市委组织部", "部长", "金华市委常委、组织部部长莫晓岚", None, None)], []),
    "f:储建国": ("储建国", "official", "义乌市", [("f11", "义乌市委", "书记", "义乌市委书记储建国", None, None)], []),
    "f:乔振宇": ("乔振宇", "official", "惠州市", [("f12", "惠州市应急管理局", "局长", "市应急管理局局长乔振宇", None, None)], []),
    "f:阎思成": ("阎思成", "official", "惠阳区", [
        ("f12", "惠阳区委", "副书记", "惠阳区委副书记、区长阎思成", None, "麦立强's successor as 惠阳区区长"),
        ("f12", "惠阳区政府", "区长", "惠阳区委副书记、区长阎思成", None, None)], []),
    "f:蒲建业": ("蒲建业", "official", "章丘区", [
        ("f13", "章丘区委", "副书记", "区委副书记、区长蒲建业", None, None),
        ("f13", "章丘区政府", "区长", "区委副书记、区长蒲建业", None, None)], []),
    "f:全立新": ("全立新", "official", "章丘区", [
        ("f13", "章丘区委", "常委", "区委常委、常务副区长全立新", None, "rare surname 全"),
        ("f13", "章丘区政府", "常务副区长", "区委常委、常务副区长全立新", None, "rare surname 全")], []),
    "f:邓晓燕": ("邓晓燕", "official", "章丘区", [("f13", "章丘区政府", "副区长", "副区长邓晓燕、司徒浩、万俊峰出席会议", None, None)], []),
    "f:司徒浩": ("司徒浩", "official", "章丘区", [("f13", "章丘区政府", "副区长", "副区长邓晓燕、司徒浩、万俊峰出席会议", None, "compound surname 司徒")], []),
    "f:万俊峰": ("万俊峰", "official", "章丘区", [("f13", "章丘区政府", "副区长", "副区长邓晓燕、司徒浩、万俊峰出席会议", None, None)], []),
    "f:甄玉梅": ("甄玉梅", "official", "章丘区", [("f13", "章丘区政协", "副主席", "区政协副主席甄玉梅", None, None)], []),
    "f:任志远": ("任志远", "official", "西安高新区", [
        ("f14", "西安市委", "常委", "市委常委、高新区党工委书记任志远", None, "市委 in a 西安高新区 page = 西安市委"),
        ("f14", "西安高新区党工委", "书记", "市委常委、高新区党工委书记任志远", None, None)], []),
    "f:翟思源": ("翟思源", "official", "西安高新区", [
        ("f14", "西安高新区党工委", "副书记", "高新区党工委副书记、管委会主任翟思源", None, None),
        ("f14", "西安高新区管委会", "主任", "高新区党工委副书记、管委会主任翟思源", None, None)], []),
    "f:卓立明": ("卓立明", "official", "西安高新区", [
        ("f14", "西安高新区党工委", "委员", "党工委委员、管委会副主任卓立明、伍佳音", None, None),
        ("f14", "西安高新区管委会", "副主任", "党工委委员、管委会副主任卓立明、伍佳音", None, None)], []),
    "f:伍佳音": ("伍佳音", "official", "西安高新区", [
        ("f14", "西安高新区党工委", "委员", "党工委委员、管委会副主任卓立明、伍佳音", None, None),
        ("f14", "西安高新区管委会", "副主任", "党工委委员、管委会副主任卓立明、伍佳音", None, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("f01", "彭晓琳", "责任编辑", "editor", "责任编辑：彭晓琳"),
    ("f04", "韦思琪", "编辑", "editor", "编辑：韦思琪"),
    ("f04", "乐正阳", "审核", "editor", "审核：乐正阳"),
    ("f05", "方雨桐", "责任编辑", "editor", "责任编辑：方雨桐"),
    ("f06", "温可欣", "责任编辑", "editor", "责任编辑：温可欣"),
    ("f08", "苟思远", "记者", "reporter", "记者 苟思远"),
    ("f08", "祖晓琳", "版面编辑", "editor", "版面编辑：祖晓琳"),
    ("f09", "龚思诺", "责任编辑", "editor", "责任编辑：龚思诺"),
    ("f11", "童可馨", "责任编辑", "editor", "责任编辑：童可馨"),
    ("f13", "阚明远", "责任编辑", "editor", "责任编辑：阚明远"),
    ("f14", "温雅琪", "责任编辑", "editor", "责任编辑：温雅琪"),
]

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("f01", "惠阳区委常委会（扩大）会议", "meeting (区委常委会扩大会议)", "4月15日下午", "柯振邦", None, [],
     ["麦立强", "龚少萍", "骆家声", "黎伟成"], [], None,
     "区委书记柯振邦主持召开区委常委会（扩大）会议",
     ["区委书记柯振邦主持召开", "区委副书记、区长麦立强，区人大常委会主任龚少萍，区政协主席骆家声，区委常委、常务副区长黎伟成等出席会议"]),
    ("f02", "临朐县十七届人大常委会第十九次会议", "session (人大常委会会议)", "9月26日上午", "乜秀英", None, [],
     ["钟离宏", "冼国华", "倪红梅", "查文博", "蔺晓东"], [], None,
     "县十七届人大常委会举行第十九次会议。",
     ["县人大常委会主任钟离宏，副主任冼国华、倪红梅出席会议", "副主任乜秀英主持会议", "县委常委、组织部部长查文博，副县长蔺晓东"]),
    ("f03", "重点项目建设调研", "inspection (调研)", "3月9日上午", None, "庹建新", [],
     ["郗明磊", "封晓燕"], ["庹建新"], None,
     "县长 庹建新带队调研重点项目建设工作",
     ["县长 庹建新带队", "副县长郗明磊，正定镇党委书记封晓燕", "庹建新强调"]),
    ("f04", "政协西乡县第十届委员会第一次会议", "session (政协会议)", "1月5日上午", "宓文琴", None, [],
     ["贲志强", "明德源", "尚玉珍", "杨海涛"], ["贲志强"], "西乡县会议中心",
     "政协西乡县第十届委员会第一次会议在西乡县会议中心隆重开幕",
     ["县政协主席宓文琴主持开幕会", "县委书记贲志强到会讲话", "县委常委、副县长杨海涛等县级领导应邀出席开幕会"]),
    ("f05", "繁昌区2023年一季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "2月20日上午", "桑德林", None, [],
     ["仝晓雯", "祁向东", "殷春燕"], ["欧阳立峰", "汤慧敏"], "繁昌经开区",
     "繁昌区2023年一季度重大项目集中开工仪式在繁昌经开区主会场举行",
     ["区委书记欧阳立峰宣布项目开工", "区长汤慧敏致辞", "常务副区长桑德林主持仪式", "区领导仝晓雯、祁向东、殷春燕出席"]),
    ("f06", "节前安全生产工作督导检查", "inspection (督导检查)", "9月23日", None, "戈振华", [],
     ["晏丽萍"], ["戈振华"], None,
     "县委书记戈振华带队督导检查“中秋”“国庆”节前安全生产工作",
     ["县委书记戈振华带队", "县委常委、副县长晏丽萍陪同", "戈振华书记指出"]),
    ("f06", "全县安全生产工作会议", "meeting (安全生产工作会议)", "9月23日", "房立新", None, [],
     [], ["房立新"], None,
     "县委副书记、县长房立新主持召开全县安全生产工作会议",
     ["县长房立新主持召开", "房立新要求"]),
    ("f07", "重点企业和重点项目建设情况考察", "inspection (考察, visiting delegation)", "5月16日上午", None, "韦荣光", [],
     ["覃丽华", "莫振宇"], [], "桂林高新区",
     "区长韦荣光带队，一行30余人莅临桂林高新区",
     ["钦州市钦南区委副书记、区长韦荣光带队", "管委会主任覃丽华，党工委委员、管委会副主任莫振宇陪同"]),
    ("f07", "座谈会", "meeting (座谈会)", "5月16日上午", None, None, [],
     [], ["覃丽华", "韦荣光"], None,
     "在随后召开的座谈会上", ["覃丽华介绍了", "韦荣光表示"]),
    ("f08", "文旅融合发展和重点项目建设调研", "inspection (调研)", "6月11日", None, "廖文彬", [],
     ["蓝海鹰"], ["廖文彬"], "平乐镇、天台山镇",
     "市委书记廖文彬带队到平乐镇、天台山镇调研文旅融合发展和重点项目建设工作",
     ["市委书记廖文彬带队", "市委常委、副市长蓝海鹰陪同", "廖文彬强调"]),
    ("f09", "福清市与常州市武进区产业合作签约仪式", "ceremony (签约仪式)", "11月18日下午", "童雅萍", None, [],
     ["许晨阳", "阮少君", "江一帆"], ["江一帆", "许晨阳"], "福清市行政服务中心",
     "福清市与常州市武进区产业合作签约仪式在福清市行政服务中心举行",
     ["区长许晨阳率武进区党政代表团出席", "福清市委书记阮少君，市委副书记、市长江一帆出席并致辞", "副市长童雅萍主持签约仪式", "许晨阳表示"]),
    ("f09", "福清元洪投资区和江阴港区考察", "inspection (考察, visiting delegation)", "11月18日下午", None, None, [],
     [], [], "福清元洪投资区、江阴港区",
     "代表团一行考察了福清元洪投资区和江阴港区", ["代表团一行考察了"]),
    ("f10", "全镇重点项目建设调研", "inspection (调研)", "7月12日", None, "杨海涛", [],
     ["卜晓丹", "鲁晓光"], ["杨海涛"], None,
     "复州城镇党委书记杨海涛，镇党委副书记、镇长卜晓丹带队调研全镇重点项目建设情况",
     ["镇长卜晓丹带队", "副镇长鲁晓光陪同", "杨海涛要求"]),
    ("f10", "复州城镇党委专题会议", "meeting (党委专题会议)", "7月12日", "杨海涛", None, ["复州城镇党委"],
     [], [], None,
     "镇党委召开专题会议", ["会议由杨海涛主持"]),
    ("f11", "义乌市领导干部会议", "meeting (领导干部会议)", "8月27日上午", "储建国", None, [],
     ["莫晓岚", "喻卫平"], ["莫晓岚", "储建国", "喻卫平"], None,
     "我市召开领导干部会议，宣布省委、金华市委关于义乌市政府主要领导调整的决定",
     ["金华市委常委、组织部部长莫晓岚宣读决定", "义乌市委书记储建国主持会议", "喻卫平表示"]),
    ("f12", "防汛备汛和地质灾害防治工作检查", "inspection (检查)", "6月4日", None, "麦立强", [],
     ["乔振宇", "阎思成"], ["麦立强"], "惠阳区、博罗县",
     "副市长麦立强带队到惠阳区、博罗县检查防汛备汛和地质灾害防治工作",
     ["副市长麦立强带队", "市应急管理局局长乔振宇，惠阳区委副书记、区长阎思成陪同", "麦立强强调"]),
    ("f13", "章丘区政府第三十二次常务会议", "meeting (区政府常务会议)", "12月5日下午", "蒲建业", None, [],
     ["全立新", "邓晓燕", "司徒浩", "万俊峰", "甄玉梅"], [], None,
     "区长蒲建业主持召开区政府第三十二次常务会议",
     ["区委副书记、区长蒲建业主持召开", "区委常委、常务副区长全立新，副区长邓晓燕、司徒浩、万俊峰出席会议", "区政协副主席甄玉梅列席会议"]),
    ("f14", "西安高新区党工委（扩大）会议", "meeting (党工委扩大会议)", "1月7日下午", "任志远", None, [],
     ["翟思源", "卓立明", "伍佳音"], ["任志远"], None,
     "高新区党工委书记任志远主持召开党工委（扩大）会议",
     ["高新区党工委书记任志远主持召开", "管委会主任翟思源，党工委委员、管委会副主任卓立明、伍佳音出席会议", "任志远强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("f01", "惠阳区人民医院新院区", "engineering_work", "惠阳区人民医院新院区"),
    ("f01", "淡水河综合治理工程", "engineering_work", "淡水河综合治理工程"),
    ("f01", "秋长新能源电池材料产业园", "industrial_park", "秋长新能源电池材料产业园"),
    ("f03", "正定新区数字经济产业园", "industrial_park", "正定新区数字经济产业园"),
    ("f03", "滹沱河生态修复工程", "engineering_work", "滹沱河生态修复工程"),
    ("f03", "正定古城南门外综合提升项目", "project", "正定古城南门外综合提升项目"),
    ("f04", "西乡茶旅融合示范园", "project", "西乡茶旅融合示范园"),
    ("f04", "午子山景区提升改造项目", "project", "午子山景区提升改造项目"),
    ("f05", "年产30万套光伏支架项目", "project", "年产30万套光伏支架项目"),
    ("f05", "中科光电智能传感器项目", "project", "中科光电智能传感器项目"),
    ("f05", "恒锐精密铸造项目", "project", "恒锐精密铸造项目"),
    ("f05", "荻港港区码头二期", "infrastructure_project", "荻港港区码头二期"),
    ("f05", "峨山路西延工程", "infrastructure_project", "峨山路西延工程"),
    ("f05", "孙村镇农村供水保障工程", "infrastructure_project", "孙村镇农村供水保障工程"),
    ("f06", "陡水湖旅游公路改造工程", "infrastructure_project", "陡水湖旅游公路改造工程"),
    ("f07", "桂林电子信息产业园", "industrial_park", "桂林电子信息产业园"),
    ("f07", "桂林高新区生物医药产业园二期", "industrial_park", "桂林高新区生物医药产业园二期"),
    ("f07", "七星区智能制造孵化基地", "project", "七星区智能制造孵化基地"),
    ("f08", "平乐古镇游客中心提升项目", "project", "平乐古镇游客中心提升项目"),
    ("f08", "天台山景区索道工程", "engineering_work", "天台山景区索道工程"),
    ("f08", "邛崃白酒产业园二期", "industrial_park", "邛崃白酒产业园二期"),
    ("f09", "福清—武进产业合作园", "industrial_park", "福清—武进产业合作园"),
    ("f09", "融侨经开区智能装备产业园项目", "project", "融侨经开区智能装备产业园项目"),
    ("f09", "江阴港区集装箱码头三期", "infrastructure_project", "江阴港区集装箱码头三期"),
    ("f10", "复州古城保护利用项目", "project", "复州古城保护利用项目"),
    ("f10", "复州城镇污水管网改造工程", "infrastructure_project", "复州城镇污水管网改造工程"),
    ("f10", "复州河生态治理工程", "engineering_work", "复州河生态治理工程"),
    ("f11", "义乌综合保税区二期", "project", "义乌综合保税区二期"),
    ("f11", "双江湖未来科学城", "planned_project", "双江湖未来科学城"),
    ("f12", "淡水河惠阳段堤防", "infrastructure_project", "淡水河惠阳段堤防"),
    ("f12", "潼湖生态智慧区排涝泵站", "infrastructure_project", "潼湖生态智慧区排涝泵站"),
    ("f13", "明水经济开发区智能制造产业园", "industrial_park", "明水经济开发区智能制造产业园"),
    ("f13", "绣源河综合治理二期工程", "engineering_work", "绣源河综合治理二期工程"),
    ("f13", "章丘大葱产业园项目", "project", "章丘大葱产业园项目"),
    ("f14", "秦创原（高新）科创中心二期", "project", "秦创原（高新）科创中心二期"),
    ("f14", "丝路软件城C地块项目", "project", "丝路软件城C地块项目"),
    ("f14", "西安高新区第三十七中学新校区工程", "engineering_work", "西安高新区第三十七中学新校区工程"),
    ("f14", "中芯光电12英寸特色工艺晶圆项目", "project", "中芯光电12英寸特色工艺晶圆项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("f01", "惠阳区", "district", "in_project_name", "惠阳区人民医院新院区"),
    ("f01", "秋长街道", "street", "standalone", "盯紧秋长街道"),
    ("f01", "新圩镇", "town", "standalone", "新圩镇等重点片区"),
    ("f01", "淡水河", "river", "in_project_name", "淡水河综合治理工程"),
    ("f02", "临朐县", "county", "in_org_reference", "临朐县人民政府副县长"),
    ("f02", "弥河", "river", "standalone", "弥河流域生态保护"),
    ("f03", "正定新区", "area", "in_project_name", "正定新区数字经济产业园"),
    ("f03", "滹沱河", "river", "in_project_name", "滹沱河生态修复工程"),
    ("f03", "正定古城", "heritage_site", "in_project_name", "正定古城南门外"),
    ("f03", "正定镇", "town", "in_title", "正定镇党委书记"),
    ("f04", "西乡县", "county", "standalone", "政协西乡县第十届委员会"),
    ("f04", "西乡县会议中心", "venue", "standalone", "在西乡县会议中心隆重开幕"),
    ("f04", "西乡", "county", "standalone", "谱写西乡高质量发展"),
    ("f04", "午子山", "scenic_area", "in_project_name", "午子山景区提升改造项目"),
    ("f05", "繁昌区", "district", "standalone", "繁昌区2023年一季度"),
    ("f05", "繁昌经开区", "development_zone", "standalone", "在繁昌经开区主会场举行"),
    ("f05", "荻港港区", "port", "in_project_name", "荻港港区码头二期"),
    ("f05", "峨山路", "road", "in_project_name", "峨山路西延工程"),
    ("f05", "孙村镇", "town", "standalone", "繁阳镇、孙村镇和相关部门"),
    ("f05", "繁阳镇", "town", "standalone", "繁阳镇、孙村镇和相关部门"),
    ("f06", "陡水湖景区", "scenic_area", "standalone", "先后来到陡水湖景区"),
    ("f06", "陡水湖", "lake", "in_project_name", "陡水湖旅游公路改造工程"),
    ("f06", "东山镇", "town", "standalone", "东山镇城区燃气站"),
    ("f06", "黄埠镇", "town", "standalone", "黄埠镇石材加工企业"),
    ("f07", "钦州市", "city", "in_title", "钦州市钦南区委副书记"),
    ("f07", "钦南区", "district", "standalone", "钦南区考察团莅临我区交流考察"),
    ("f07", "桂林高新区", "development_zone", "standalone", "莅临桂林高新区"),
    ("f07", "桂林", "city", "in_project_name", "桂林电子信息产业园"),
    ("f07", "七星区", "district", "in_project_name", "七星区智能制造孵化基地"),
    ("f08", "平乐镇", "town", "standalone", "到平乐镇、天台山镇调研"),
    ("f08", "天台山镇", "town", "standalone", "到平乐镇、天台山镇调研"),
    ("f08", "平乐古镇", "heritage_site", "standalone", "把平乐古镇、天台山等文旅资源"),
    ("f08", "天台山", "scenic_area", "standalone", "把平乐古镇、天台山等文旅资源"),
    ("f08", "邛崃", "county_level_city", "in_project_name", "邛崃白酒产业园二期"),
    ("f09", "福清市", "county_level_city", "standalone", "11月18日下午，福清市与常州市武进区"),
    ("f09", "常州市", "city", "standalone", "福清市与常州市武进区产业合作签约仪式在"),
    ("f09", "武进区", "district", "standalone", "率武进区党政代表团"),
    ("f09", "福清", "county_level_city", "standalone", "福清与武进产业互补性强"),
    ("f09", "武进", "district", "standalone", "福清与武进产业互补性强"),
    ("f09", "福清市行政服务中心", "venue", "standalone", "在福清市行政服务中心举行"),
    ("f09", "融侨经开区", "development_zone", "in_project_name", "融侨经开区智能装备产业园项目"),
    ("f09", "江阴港区", "port", "standalone", "考察了福清元洪投资区和江阴港区"),
    ("f09", "福清元洪投资区", "development_zone", "standalone", "考察了福清元洪投资区"),
    ("f10", "复州城镇", "town", "standalone", "复州城镇党委书记杨海涛，"),
    ("f10", "复州古城", "heritage_site", "in_project_name", "复州古城保护利用项目"),
    ("f10", "复州河", "river", "in_project_name", "复州河生态治理工程"),
    ("f11", "义乌", "county_level_city", "standalone", "推进义乌国际陆港城市建设"),
    ("f11", "金华市", "city", "in_org_reference", "金华市委常委"),
    ("f11", "义乌市", "county_level_city", "in_org_reference", "关于义乌市政府主要领导调整的决定"),
    ("f11", "兰溪市", "county_level_city", "in_title", "任兰溪市副市长"),
    ("f11", "浙江", "province", "standalone", "浙江东阳人"),
    ("f11", "东阳", "county_level_city", "standalone", "浙江东阳人"),
    ("f11", "义乌综合保税区", "development_zone", "in_project_name", "义乌综合保税区二期"),
    ("f11", "双江湖", "area", "in_project_name", "双江湖未来科学城"),
    ("f12", "惠阳区", "district", "standalone", "到惠阳区、博罗县检查"),
    ("f12", "博罗县", "county", "standalone", "到惠阳区、博罗县检查"),
    ("f12", "淡水河", "river", "in_project_name", "淡水河惠阳段堤防"),
    ("f12", "罗阳街道", "street", "standalone", "博罗县罗阳街道地质灾害隐患点"),
    ("f12", "潼湖生态智慧区", "area", "in_project_name", "潼湖生态智慧区排涝泵站"),
    ("f13", "明水经济开发区", "development_zone", "in_project_name", "明水经济开发区智能制造产业园"),
    ("f13", "绣源河", "river", "in_project_name", "绣源河综合治理二期工程"),
    ("f13", "章丘", "district", "in_project_name", "章丘大葱产业园项目"),
    ("f13", "明水街道", "street", "standalone", "明水街道、双山街道要加强"),
    ("f13", "双山街道", "street", "standalone", "明水街道、双山街道要加强"),
    ("f13", "章丘区", "district", "in_document_title", "《章丘区冬季清洁取暖工作实施方案》"),
    ("f14", "西安高新区", "development_zone", "in_project_name", "西安高新区第三十七中学新校区工程"),
    ("f14", "软件新城", "area", "standalone", "软件新城、丝路科学城等片区"),
    ("f14", "丝路科学城", "area", "standalone", "软件新城、丝路科学城等片区"),
    ("f14", "丝路软件城", "area", "in_project_name", "丝路软件城C地块项目"),
]


_full, _text, _check, _jsonl = page_helpers(HERE, TEXTS, PAGES)


def _names_in(file: str) -> list[str]:
    short = file[:3]
    named = [v[0] for v in PERSONS.values() if short in {p[0] for p in v[3]} | set(v[4])]
    named += [r[1] for r in REPORTERS if r[0] == short]
    return list(dict.fromkeys(named))


def main() -> None:
    documents = []
    for file, (year, date_text, inferred, stamp, headline, start, _scope, topic) in PAGES.items():
        text = _text(file)
        _check(file, stamp)
        _check(file, headline)
        _check(file, date_text)
        body = text[text.index(start):]
        documents.append({
            "file": file, "file_id": file[:3], "publication_year": year, "year_confidence": "high",
            "date_estimate": f"{inferred} (event); page stamp {stamp}", "date_confidence": "high",
            "dating_evidence": [{"article": 1, "evidence": stamp, "reasoning": "page stamp or dateline"},
                                {"article": 1, "evidence": date_text, "reasoning": "event date in the lead"}],
            "outside_context": [], "article_count": 1,
            "articles": [{
                "index": 1, "headline": headline, "headline_lines": [headline], "headline_position": "before body",
                "headline_note": None, "body_first20_raw": body[:20], "body_first20_nows": _nows(body)[:20],
                "date_text": date_text, "date_inferred": inferred,
                "reporters": [r[1] for r in REPORTERS if _full(r[0]) == file and r[3] in ("reporter", "correspondent")],
                "byline": next((r[4] for r in REPORTERS if _full(r[0]) == file and r[3] == "reporter"), None),
                "persons_mentioned": _names_in(file), "referenced_meetings": [], "topic": topic,
                "char_spans": [[text.index(headline), len(text.rstrip())]],
            }],
        })
    (HERE / "documents.json").write_text(json.dumps({
        "conventions": "see tests/dev/CONVENTIONS.md and tests/gold/README.md; set f (blind, held-out-like pages "
                       "of provinces not yet in the corpus); evidence strings are exact substrings of the raw text "
                       "files; written by make_gold.py",
        "documents": documents}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    holdings, persons = [], []
    people = dict(PERSONS)
    for short, name, _label, role, _ev in REPORTERS:
        people[f"f:{name}"] = (name, role, "", [], [short])
    for pid, (name, ptype, scope, posts, bare) in people.items():
        files = sorted({p[0] for p in posts} | set(bare))
        for short, org, title, evidence, career_date, note in posts:
            file = _full(short)
            _year, date_text, inferred = PAGES[file][:3]
            if career_date:
                y, m = re.match(r"(\d{4})年(\d{1,2})月", career_date).groups()
                date_text, inferred = _check(file, career_date), f"{y}-{int(m):02d}"
            holdings.append({"file": file, "article": 1, "person": name, "person_id": pid, "org": org,
                             "title": title, "post": org + title, "date_text": date_text, "date_inferred": inferred,
                             "evidence": _check(file, evidence), "note": note})
            if name not in _check(file, evidence) or title not in evidence.replace(" ", ""):
                raise SystemExit(f"{file}: {name} / {title} not in {evidence!r}")
        persons.append({
            "name": name, "id": pid, "type": ptype, "scope": scope,
            "summary": ", ".join(dict.fromkeys(p[1] + p[2] for p in posts)) or ptype,
            "files": {s: {"file": _full(s), "articles": [1], "mentions": _nows(_text(_full(s))).count(name)}
                      for s in files},
            "posts": [{"post": p[1] + p[2], "where": [f"{p[0]}#A1"]} for p in posts],
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
        "note": "Set f persons. id = corpus-wide person_id (f:杨海涛#1 and f:杨海涛#2 are two people); "
                "mentions counted by make_gold.py (whitespace removed).",
        "counts": counts, "persons": persons}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _jsonl("post_holdings.jsonl", holdings)
    _jsonl("reporters.jsonl", [
        {"file": _full(s), "article": 1, "person": n, "label": label, "role": role, "credit": None,
         "evidence": _check(_full(s), ev)} for s, n, label, role, ev in REPORTERS])
    rows = []
    for s, name, etype, date_text, chair, leader, orgs, att, spk, place, ev, parts in MEETINGS:
        file = _full(s)
        for who in filter(None, [chair, leader, *att, *spk]):
            if who not in _text(file):
                raise SystemExit(f"{file}: participant {who} not in the page")
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
