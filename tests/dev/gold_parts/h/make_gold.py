"""Write gold part ``h`` (a third blind, held-out-like set) from the tables below.

Pages ``tests/dev/texts/h*.txt`` were written for this part with invented names, modelled on real pages of the genre
read with the ``search`` tool, from places not yet in the corpus and close to the held-out set: 郑州's 管城回族区,
惠济区, 二七区 and 中原区, 荥阳市, 巩义市, 登封市; 周口 (沈丘县), 信阳 (光山县), 驻马店 (遂平县); and zones of other
provinces: 长沙经开区, 合肥高新区, 苏州工业园区. Shapes: a district site's 区委常委会 with a list of 常委 after one
title and 列席; a city paper's 第05版 with a kicker line (``惠济区：``); a city government's 常务会议 during the flood
season; a 领导干部大会 announcing an appointment (``任中共巩义市委委员、常委、书记``, ``不再担任…``) with a career
line; a 人大常委会 任免名单 (任命 / 免去 / 辞去); an evening paper's page with two articles of two districts and a
政协 chain followed by a list (``区政协党组书记、主席甲，副主席乙、丙、丁``, a compound surname 司马); a 县委常委（扩大）
会议 with 纪委书记、监委主任 and 县领导 (not posts); a city leader's 调研 with an honorific (``黎副市长``) and a later
座谈会; an opening ceremony with a company chairman and a compound surname (申屠); a zone page on a city portal that
says only ``经开区`` (the site line gives 长沙); a zone's 党工委（扩大）会议 with 党工委委员 chains; a 苏州工业园区 tour.

Identity cases: 周振宇 is 荥阳市委副书记、市长 in 2021 (h03) and 巩义市委书记 in 2024 (h04, with a career line
naming the 荥阳 posts); two different 张志强 (中原区副区长, h06; 合肥高新区管委会副主任, h11); ``经开区`` in a
长沙 page = 长沙经开区 (the corpus already has 郑州, 新乡, 武汉, 南京 经开区); 高新区 in a 合肥 zone page = 合肥高新区.

Annotated by hand before newskg was run on the pages. Every evidence string is checked to be a substring of its
page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts f and g): an appointment makes a holding (任命闫志强为…副市长; 周振宇同志任中共巩义市委委员、
常委、书记 → 委员, 常委 and 书记 as written); posts of a career line are holdings with the career date as
``date_text`` (a post already given by the page's own sentence is not repeated); 免去 / 辞去 / 不再担任 make none.
党组 goes only with 书记: 区政协党组书记、主席 → 二七区政协党组 书记 + 二七区政协 主席. 管城区 = 管城回族区 (the
full name is the label). 市委 in a 光山县 page = 信阳市委; 市委 in a 苏州工业园区 page = 苏州市委; 县委 of 长沙县 is
named in full. 区领导, 县领导, 班子成员 and company roles (董事长) are not posts. Places inside project and
organisation names count as places; site lines, footers and addresses are not annotated.
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
    "h01_guancheng.txt": (2023, "发布时间：2023-06-20 09:12", "管城回族区", [
        ("杜明远主持召开十二届区委常委会第42次会议", "6月19日上午", "2023-06-19", "6月19日上午，区委书记",
         "district standing committee meeting; 常委 list after one title; 列席")]),
    "h02_huiji.txt": (2024, "2024年03月14日　星期四", "惠济区", [
        ("紧盯重点项目 跑出开局“加速度”", "3月12日", "2024-03-12", "本报讯（记者 曹雅琳",
         "city paper 第05版; district secretary inspects key projects; kicker line 惠济区：")]),
    "h03_xingyang.txt": (2021, "时间：2021-07-08 17:40", "荥阳市", [
        ("市政府召开第五十八次常务会议", "7月7日下午", "2021-07-07", "7月7日下午，市委副书记",
         "city government executive meeting in the flood season; 周振宇 市长")]),
    "h04_gongyi.txt": (2024, "发布时间：2024-03-02 18:15", "巩义市", [
        ("我市召开全市领导干部大会", "3月1日上午", "2024-03-01", "3月1日上午，我市召开",
         "cadre meeting announcing 周振宇 as 巩义市委书记; predecessor 不再担任; career line")]),
    "h05_dengfeng.txt": (2022, "发布日期：2022-08-31", "登封市", [
        ("登封市第十届人民代表大会常务委员会第五次会议任免名单", "2022年8月30日", "2022-08-30", "（2022年8月30日登封市",
         "人大常委会 appointment list: 任命, 免去, 辞去")]),
    "h06_erqi.txt": (2020, "2020年11月18日", "二七区", [
        ("区政协召开十届十二次常委会议", "11月16日", "2020-11-16", "本报讯（记者 苗雪松）11月16日",
         "二七区 CPPCC standing committee; 党组 chain followed by a list of 副主席"),
        ("区长调研城市更新工作", "11月17日", "2020-11-17", "本报讯（记者 郭一凡",
         "中原区 head inspects urban renewal")]),
    "h07_shenqiu.txt": (2020, "发布时间：2020-04-10", "沈丘县", [
        ("县委常委（扩大）会议召开", "4月9日下午", "2020-04-09", "4月9日下午，县委书记",
         "county standing committee (enlarged); 纪委书记、监委主任; 县领导 without titles")]),
    "h08_guangshan.txt": (2025, "发布日期：2025-05-23 16:02", "光山县", [
        ("信阳市委常委、常务副市长黎少军到我县调研项目建设", "5月22日", "2025-05-22", "5月22日，市委常委",
         "city executive deputy mayor inspects county projects; honorific 黎副市长; later 座谈会")]),
    "h09_suiping.txt": (2019, "发布时间：2019-09-26", "遂平县", [
        ("遂平县2019年第三批重点项目集中开工仪式举行", "9月25日上午", "2019-09-25", "9月25日上午，遂平县",
         "groundbreaking ceremony with a project list; company chairman; compound surname 申屠")]),
    "h10_changsha_jkq.txt": (2025, "2025-02-11 10:26", "长沙经开区", [
        ("经开区召开2025年度工作会议", "2月10日上午", "2025-02-10", "2月10日上午，经开区",
         "zone annual work meeting on the 长沙 city portal; body says only 经开区; 区领导")]),
    "h11_hefei_gxq.txt": (2021, "发布时间：2021-11-05 17:30", "合肥高新区", [
        ("高新区召开党工委（扩大）会议 传达学习省第十一次党代会精神", "11月4日下午", "2021-11-04", "11月4日下午，合肥高新区",
         "zone party working committee (enlarged) meeting; 党工委委员 chains")]),
    "h12_suzhou_sip.txt": (2019, "2019-08-16", "苏州工业园区", [
        ("沈卫东调研园区重点产业项目", "8月15日", "2019-08-15", "8月15日，市委常委",
         "zone secretary (a city standing committee member) tours industrial projects")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "h:杜明远": ("杜明远", "official", "管城回族区", [("h01", "管城回族区委", "书记", "区委书记杜明远主持召开", None)], []),
    "h:韩卫平": ("韩卫平", "official", "管城回族区", [
        ("h01", "管城回族区委", "副书记", "区委副书记、区长韩卫平", None),
        ("h01", "管城回族区政府", "区长", "区委副书记、区长韩卫平", None)], []),
    "h:孔令军": ("孔令军", "official", "管城回族区", [("h01", "管城回族区委", "副书记", "区委副书记孔令军", None)], []),
    "h:谭晓红": ("谭晓红", "official", "管城回族区", [("h01", "管城回族区委", "常委", "区委常委谭晓红、常建伟、于秀兰、毛国庆出席会议", "list of 常委 after one title")], []),
    "h:常建伟": ("常建伟", "official", "管城回族区", [("h01", "管城回族区委", "常委", "区委常委谭晓红、常建伟、于秀兰、毛国庆出席会议", None)], []),
    "h:于秀兰": ("于秀兰", "official", "管城回族区", [("h01", "管城回族区委", "常委", "区委常委谭晓红、常建伟、于秀兰、毛国庆出席会议", None)], []),
    "h:毛国庆": ("毛国庆", "official", "管城回族区", [("h01", "管城回族区委", "常委", "区委常委谭晓红、常建伟、于秀兰、毛国庆出席会议", None)], []),
    "h:袁德胜": ("袁德胜", "official", "管城回族区", [("h01", "管城回族区人大常委会", "主任", "区人大常委会主任袁德胜", None)], []),
    "h:葛素云": ("葛素云", "official", "管城回族区", [("h01", "管城回族区政协", "主席", "区政协主席葛素云", None)], []),
    "h:蔺文博": ("蔺文博", "official", "管城回族区", [("h01", "管城回族区政府", "副区长", "副区长蔺文博列席会议", None)], []),
    "h:吕建华": ("吕建华", "official", "惠济区", [("h02", "惠济区委", "书记", "惠济区委书记吕建华带队", None)], []),
    "h:沈国梁": ("沈国梁", "official", "惠济区", [
        ("h02", "惠济区委", "副书记", "区委副书记、区长沈国梁", None),
        ("h02", "惠济区政府", "区长", "区委副书记、区长沈国梁", None)], []),
    "h:欧阳晓峰": ("欧阳晓峰", "official", "惠济区", [
        ("h02", "惠济区委", "常委", "区委常委、常务副区长欧阳晓峰", "compound surname 欧阳"),
        ("h02", "惠济区政府", "常务副区长", "区委常委、常务副区长欧阳晓峰", None)], []),
    "h:贾丽娜": ("贾丽娜", "official", "惠济区", [("h02", "惠济区政府", "副区长", "副区长贾丽娜参加调研", None)], []),
    "h:周振宇": ("周振宇", "official", "荥阳市", [
        ("h03", "荥阳市委", "副书记", "市委副书记、市长周振宇主持召开", None),
        ("h03", "荥阳市政府", "市长", "市委副书记、市长周振宇主持召开", None),
        ("h04", "巩义市委", "委员", "周振宇同志任中共巩义市委委员、常委、书记", "appointment announced at the meeting"),
        ("h04", "巩义市委", "常委", "周振宇同志任中共巩义市委委员、常委、书记", None),
        ("h04", "巩义市委", "书记", "周振宇同志任中共巩义市委委员、常委、书记", "moved from 荥阳市长 (h03, 2021) to 巩义市委书记 (2024)"),
        ("h04", "荥阳市委", "副书记", "周振宇，男，汉族，1975年10月生，河南偃师人，研究生学历。2019年12月任荥阳市委副书记、市长", "career line", "2019年12月"),
        ("h04", "荥阳市政府", "市长", "周振宇，男，汉族，1975年10月生，河南偃师人，研究生学历。2019年12月任荥阳市委副书记、市长", "career line", "2019年12月")], []),
    "h:吴庆丰": ("吴庆丰", "official", "荥阳市", [
        ("h03", "荥阳市委", "常委", "市委常委、常务副市长吴庆丰", None),
        ("h03", "荥阳市政府", "常务副市长", "市委常委、常务副市长吴庆丰", None)], []),
    "h:林慧": ("林慧", "official", "荥阳市", [("h03", "荥阳市政府", "副市长", "副市长林慧、宁志远、冯晓波出席会议", None)], []),
    "h:宁志远": ("宁志远", "official", "荥阳市", [("h03", "荥阳市政府", "副市长", "副市长林慧、宁志远、冯晓波出席会议", None)], []),
    "h:冯晓波": ("冯晓波", "official", "荥阳市", [("h03", "荥阳市政府", "副市长", "副市长林慧、宁志远、冯晓波出席会议", None)], []),
    "h:邵景华": ("邵景华", "external_official", "郑州市", [("h04", "郑州市委组织部", "副部长", "郑州市委组织部副部长邵景华宣读", None)], []),
    "h:魏长河": ("魏长河", "official", "巩义市", [], ["h04"]),
    "h:孟凡涛": ("孟凡涛", "official", "巩义市", [
        ("h04", "巩义市委", "副书记", "市委副书记、市长孟凡涛主持会议", None),
        ("h04", "巩义市政府", "市长", "市委副书记、市长孟凡涛主持会议", None)], []),
    "h:鲍玉林": ("鲍玉林", "official", "巩义市", [("h04", "巩义市人大常委会", "主任", "市人大常委会主任鲍玉林", None)], []),
    "h:任丽君": ("任丽君", "official", "巩义市", [("h04", "巩义市政协", "主席", "市政协主席任丽君出席会议", None)], []),
    "h:闫志强": ("闫志强", "official", "登封市", [("h05", "登封市政府", "副市长", "任命闫志强为登封市人民政府副市长", "appointment")], []),
    "h:班晓燕": ("班晓燕", "official", "登封市", [("h05", "登封市发展和改革委员会", "主任", "任命班晓燕为登封市发展和改革委员会主任", "appointment; her 科学技术局局长 post is removed (免去), no holding")], []),
    "h:乔国栋": ("乔国栋", "official", "登封市", [("h05", "登封市财政局", "局长", "任命乔国栋为登封市财政局局长", "appointment")], []),
    "h:岳海涛": ("岳海涛", "official", "登封市", [], ["h05"]),
    "h:翟立伟": ("翟立伟", "official", "登封市", [], ["h05"]),
    "h:梁守信": ("梁守信", "official", "登封市", [("h05", "登封市人大常委会", "主任", "市人大常委会主任梁守信主持会议", None)], []),
    "h:喻晓红": ("喻晓红", "official", "登封市", [
        ("h05", "登封市委", "常委", "市委常委、组织部部长喻晓红列席会议", None),
        ("h05", "登封市委组织部", "部长", "市委常委、组织部部长喻晓红列席会议", None)], []),
    "h:边红霞": ("边红霞", "official", "二七区", [
        ("h06", "二七区政协党组", "书记", "区政协党组书记、主席边红霞", None),
        ("h06", "二七区政协", "主席", "区政协党组书记、主席边红霞", "党组 does not govern 主席")], []),
    "h:司马文军": ("司马文军", "official", "二七区", [("h06", "二七区政协", "副主席", "副主席司马文军、訾建华、常秋菊出席会议", "list after a full chain; compound surname 司马")], []),
    "h:訾建华": ("訾建华", "official", "二七区", [("h06", "二七区政协", "副主席", "副主席司马文军、訾建华、常秋菊出席会议", "rare surname 訾")], []),
    "h:常秋菊": ("常秋菊", "official", "二七区", [("h06", "二七区政协", "副主席", "副主席司马文军、訾建华、常秋菊出席会议", None)], []),
    "h:裴立新": ("裴立新", "official", "二七区", [
        ("h06", "二七区委", "常委", "区委常委、常务副区长裴立新到会通报情况", None),
        ("h06", "二七区政府", "常务副区长", "区委常委、常务副区长裴立新到会通报情况", None)], []),
    "h:阎海龙": ("阎海龙", "official", "中原区", [
        ("h06", "中原区委", "副书记", "中原区委副书记、区长阎海龙", None),
        ("h06", "中原区政府", "区长", "中原区委副书记、区长阎海龙", None)], []),
    "h:张志强#1": ("张志强", "official", "中原区", [("h06", "中原区政府", "副区长", "副区长张志强陪同", "not the 张志强 of 合肥高新区 (h11)")], []),
    "h:滕建国": ("滕建国", "official", "沈丘县", [("h07", "沈丘县委", "书记", "县委书记滕建国主持召开", None)], []),
    "h:戚丽萍": ("戚丽萍", "official", "沈丘县", [
        ("h07", "沈丘县委", "副书记", "县委副书记、县长戚丽萍", None),
        ("h07", "沈丘县政府", "县长", "县委副书记、县长戚丽萍", None)], []),
    "h:穆长春": ("穆长春", "official", "沈丘县", [("h07", "沈丘县委", "副书记", "县委副书记穆长春", None)], []),
    "h:冉立平": ("冉立平", "official", "沈丘县", [
        ("h07", "沈丘县委", "常委", "县委常委、常务副县长冉立平", None),
        ("h07", "沈丘县政府", "常务副县长", "县委常委、常务副县长冉立平", None)], []),
    "h:侯雪梅": ("侯雪梅", "official", "沈丘县", [
        ("h07", "沈丘县委", "常委", "县委常委、组织部部长侯雪梅", None),
        ("h07", "沈丘县委组织部", "部长", "县委常委、组织部部长侯雪梅", None)], []),
    "h:詹永福": ("詹永福", "official", "沈丘县", [
        ("h07", "沈丘县委", "常委", "县委常委、纪委书记、监委主任詹永福", None),
        ("h07", "沈丘县纪委", "书记", "县委常委、纪委书记、监委主任詹永福", None),
        ("h07", "沈丘县监委", "主任", "县委常委、纪委书记、监委主任詹永福", None)], []),
    "h:桑国强": ("桑国强", "official", "沈丘县", [], ["h07"]),
    "h:卜秀云": ("卜秀云", "official", "沈丘县", [], ["h07"]),
    "h:房立新": ("房立新", "official", "沈丘县", [], ["h07"]),
    "h:黎少军": ("黎少军", "external_official", "信阳市", [
        ("h08", "信阳市委", "常委", "市委常委、常务副市长黎少军到我县调研", "市委 in a 光山县 page = 信阳市委; also 黎副市长 (honorific)"),
        ("h08", "信阳市政府", "常务副市长", "市委常委、常务副市长黎少军到我县调研", None)], []),
    "h:詹文博": ("詹文博", "official", "光山县", [("h08", "光山县委", "书记", "县委书记詹文博", None)], []),
    "h:秦海燕": ("秦海燕", "official", "光山县", [
        ("h08", "光山县委", "副书记", "县委副书记、县长秦海燕", None),
        ("h08", "光山县政府", "县长", "县委副书记、县长秦海燕", None)], []),
    "h:钟明辉": ("钟明辉", "official", "光山县", [
        ("h08", "光山县委", "常委", "县委常委、常务副县长钟明辉", None),
        ("h08", "光山县政府", "常务副县长", "县委常委、常务副县长钟明辉", None)], []),
    "h:郜立峰": ("郜立峰", "official", "遂平县", [("h09", "遂平县委", "书记", "县委书记郜立峰宣布开工", None)], []),
    "h:冀洪涛": ("冀洪涛", "official", "遂平县", [
        ("h09", "遂平县委", "副书记", "县委副书记、县长冀洪涛主持开工仪式", None),
        ("h09", "遂平县政府", "县长", "县委副书记、县长冀洪涛主持开工仪式", None)], []),
    "h:符占魁": ("符占魁", "official", "遂平县", [("h09", "遂平县人大常委会", "主任", "县人大常委会主任符占魁", None)], []),
    "h:甘秀梅": ("甘秀梅", "official", "遂平县", [("h09", "遂平县政协", "主席", "县政协主席甘秀梅", None)], []),
    "h:申屠明": ("申屠明", "official", "遂平县", [
        ("h09", "遂平县委", "常委", "县委常委、副县长申屠明出席仪式", "compound surname 申屠"),
        ("h09", "遂平县政府", "副县长", "县委常委、副县长申屠明出席仪式", None)], []),
    "h:冼国栋": ("冼国栋", "company", "遂平县", [], ["h09"]),
    "h:符志远": ("符志远", "official", "长沙经开区", [
        ("h10", "长沙经开区党工委", "书记", "经开区党工委书记、长沙县委书记符志远", "经开区 on a 长沙 page = 长沙经开区"),
        ("h10", "长沙县委", "书记", "经开区党工委书记、长沙县委书记符志远", None)], []),
    "h:邝立新": ("邝立新", "official", "长沙经开区", [
        ("h10", "长沙经开区党工委", "副书记", "经开区党工委副书记、管委会主任邝立新", None),
        ("h10", "长沙经开区管委会", "主任", "经开区党工委副书记、管委会主任邝立新", None)], []),
    "h:欧志明": ("欧志明", "official", "长沙经开区", [("h10", "长沙经开区管委会", "副主任", "经开区管委会副主任欧志明宣读", None)], []),
    "h:谢春林": ("谢春林", "official", "长沙经开区", [], ["h10"]),
    "h:彭慧": ("彭慧", "official", "长沙经开区", [], ["h10"]),
    "h:颜卫东": ("颜卫东", "official", "长沙经开区", [], ["h10"]),
    "h:戴光明": ("戴光明", "official", "合肥高新区", [
        ("h11", "合肥高新区党工委", "书记", "合肥高新区党工委书记、管委会主任戴光明", None),
        ("h11", "合肥高新区管委会", "主任", "合肥高新区党工委书记、管委会主任戴光明", None)], []),
    "h:岑晓梅": ("岑晓梅", "official", "合肥高新区", [("h11", "合肥高新区党工委", "副书记", "党工委副书记岑晓梅", None)], []),
    "h:张志强#2": ("张志强", "official", "合肥高新区", [
        ("h11", "合肥高新区党工委", "委员", "党工委委员、管委会副主任张志强、尤建华", "not the 张志强 of 中原区 (h06)"),
        ("h11", "合肥高新区管委会", "副主任", "党工委委员、管委会副主任张志强、尤建华", None)], []),
    "h:尤建华": ("尤建华", "official", "合肥高新区", [
        ("h11", "合肥高新区党工委", "委员", "党工委委员、管委会副主任张志强、尤建华", None),
        ("h11", "合肥高新区管委会", "副主任", "党工委委员、管委会副主任张志强、尤建华", None)], []),
    "h:柏林": ("柏林", "official", "合肥高新区", [
        ("h11", "合肥高新区党工委", "委员", "党工委委员、纪工委书记柏林", "two-character name that is also a city's name"),
        ("h11", "合肥高新区纪工委", "书记", "党工委委员、纪工委书记柏林", None)], []),
    "h:沈卫东": ("沈卫东", "official", "苏州工业园区", [
        ("h12", "苏州市委", "常委", "市委常委、苏州工业园区党工委书记沈卫东", "市委 on a 苏州工业园区 page = 苏州市委"),
        ("h12", "苏州工业园区党工委", "书记", "市委常委、苏州工业园区党工委书记沈卫东", None)], []),
    "h:龚立群": ("龚立群", "official", "苏州工业园区", [
        ("h12", "苏州工业园区党工委", "副书记", "园区党工委副书记、管委会主任龚立群", "园区 = 苏州工业园区"),
        ("h12", "苏州工业园区管委会", "主任", "园区党工委副书记、管委会主任龚立群", None)], []),
    "h:邬敏": ("邬敏", "official", "苏州工业园区", [("h12", "苏州工业园区管委会", "副主任", "管委会副主任邬敏、祁振宇参加调研", None)], []),
    "h:祁振宇": ("祁振宇", "official", "苏州工业园区", [("h12", "苏州工业园区管委会", "副主任", "管委会副主任邬敏、祁振宇参加调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("h01", "许静怡", "责任编辑", "editor", "责任编辑：许静怡"),
    ("h02", "曹雅琳", "记者", "reporter", "（记者 曹雅琳"),
    ("h02", "鲁新杰", "通讯员", "correspondent", "通讯员 鲁新杰）"),
    ("h06", "苗雪松", "记者", "reporter", "（记者 苗雪松）"),
    ("h06", "郭一凡", "记者", "reporter", "（记者 郭一凡"),
    ("h06", "蒋文涛", "通讯员", "correspondent", "通讯员 蒋文涛）"),
    ("h06", "钟菲", "编辑", "editor", "编辑：钟菲"),
    ("h06", "韩丽", "校对", "editor", "校对：韩丽"),
    ("h07", "汤晓磊", "记者", "reporter", "记者 汤晓磊"),
    ("h08", "程露", "责任编辑", "editor", "责任编辑：程露"),
    ("h09", "单晓雯", "作者", "author", "作者：单晓雯"),
    ("h10", "邹雨萱", "记者", "reporter", "（记者 邹雨萱）"),
    ("h11", "甄蕾", "编辑", "editor", "编辑：甄蕾"),
    ("h12", "聂思琪", "记者", "reporter", "（记者 聂思琪）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("h01", "十二届区委常委会第42次会议", "meeting (区委常委会会议)", "6月19日上午", "杜明远", None, [],
     ["韩卫平", "孔令军", "谭晓红", "常建伟", "于秀兰", "毛国庆", "袁德胜", "葛素云", "蔺文博"], [], None,
     "区委书记杜明远主持召开十二届区委常委会第42次会议",
     ["区委书记杜明远主持召开", "区委常委谭晓红、常建伟、于秀兰、毛国庆出席会议", "副区长蔺文博列席会议"]),
    ("h02", "全区重点项目建设调研", "inspection (调研)", "3月12日", None, "吕建华", [],
     ["沈国梁", "欧阳晓峰", "贾丽娜"], ["吕建华", "沈国梁"], "惠济区",
     "惠济区委书记吕建华带队调研全区重点项目建设",
     ["惠济区委书记吕建华带队", "副区长贾丽娜参加调研", "吕建华强调", "沈国梁要求"]),
    ("h03", "市政府第五十八次常务会议", "meeting (市政府常务会议)", "7月7日下午", "周振宇", None, [],
     ["吴庆丰", "林慧", "宁志远", "冯晓波"], ["周振宇"], None,
     "市委副书记、市长周振宇主持召开市政府第五十八次常务会议",
     ["市长周振宇主持召开", "副市长林慧、宁志远、冯晓波出席会议", "周振宇要求"]),
    ("h04", "全市领导干部大会", "meeting (领导干部大会)", "3月1日上午", "孟凡涛", None, [],
     ["鲍玉林", "任丽君"], ["邵景华", "周振宇"], None,
     "3月1日上午，我市召开全市领导干部大会",
     ["市长孟凡涛主持会议", "市政协主席任丽君出席会议", "邵景华在讲话中说", "周振宇在表态发言中表示"]),
    ("h05", "登封市十届人大常委会第五次会议", "session (人大常委会会议)", "8月30日", "梁守信", None, [],
     ["喻晓红"], [], None,
     "8月30日，登封市十届人大常委会第五次会议召开",
     ["市人大常委会主任梁守信主持会议", "组织部部长喻晓红列席会议"]),
    ("h06", "二七区政协十届十二次常委会议", "meeting (政协常委会议)", "11月16日", None, None, ["二七区政协"],
     ["边红霞", "司马文军", "訾建华", "常秋菊", "裴立新"], ["边红霞", "裴立新"], None,
     "二七区政协召开十届十二次常委会议",
     ["主席边红霞", "常秋菊出席会议", "裴立新到会通报情况", "边红霞指出"]),
    ("h06", "城市更新工作调研", "inspection (调研)", "11月17日", None, "阎海龙", [],
     ["张志强"], ["阎海龙"], "须水街道、林山寨街道",
     "区长阎海龙到须水街道、林山寨街道调研城市更新工作",
     ["区长阎海龙到须水街道", "副区长张志强陪同", "他强调"]),
    ("h07", "县委常委（扩大）会议", "meeting (县委常委扩大会议)", "4月9日下午", "滕建国", None, [],
     ["戚丽萍", "穆长春", "冉立平", "侯雪梅", "詹永福", "桑国强", "卜秀云", "房立新"], ["滕建国"], None,
     "县委书记滕建国主持召开县委常委（扩大）会议",
     ["县委书记滕建国主持召开", "县领导桑国强、卜秀云、房立新列席会议", "滕建国要求"]),
    ("h08", "重大项目建设调研", "inspection (调研)", "5月22日", None, "黎少军", [],
     ["詹文博", "秦海燕", "钟明辉"], [], "光山县",
     "市委常委、常务副市长黎少军到我县调研重大项目建设工作",
     ["常务副市长黎少军到我县调研", "县委常委、常务副县长钟明辉陪同调研"]),
    ("h08", "项目建设座谈会", "meeting (座谈会)", "5月22日", None, None, [],
     [], ["黎少军", "詹文博"], None,
     "在随后召开的座谈会上，黎少军听取了我县项目建设情况汇报",
     ["黎少军听取了", "黎副市长强调", "詹文博表示"]),
    ("h09", "遂平县2019年第三批重点项目集中开工仪式", "ceremony (开工仪式)", "9月25日上午", "冀洪涛", None, [],
     ["符占魁", "甘秀梅", "申屠明", "冼国栋"], ["郜立峰", "冼国栋", "冀洪涛"], "遂平县产业集聚区食品产业园",
     "遂平县2019年第三批重点项目集中开工仪式在遂平县产业集聚区食品产业园举行",
     ["县委书记郜立峰宣布开工", "县长冀洪涛主持开工仪式", "副县长申屠明出席仪式", "董事长冼国栋作为企业代表发言", "冀洪涛要求"]),
    ("h10", "经开区2025年度工作会议", "meeting (年度工作会议)", "2月10日上午", "邝立新", None, [],
     ["谢春林", "彭慧", "颜卫东", "欧志明"], ["符志远", "邝立新", "欧志明"], None,
     "2月10日上午，经开区召开2025年度工作会议",
     ["县委书记符志远出席并讲话", "管委会主任邝立新主持会议", "区领导谢春林、彭慧、颜卫东参加", "副主任欧志明宣读"]),
    ("h11", "党工委（扩大）会议", "meeting (党工委扩大会议)", "11月4日下午", "戴光明", None, [],
     ["岑晓梅", "张志强", "尤建华", "柏林"], ["戴光明"], None,
     "管委会主任戴光明主持召开党工委（扩大）会议",
     ["管委会主任戴光明主持召开", "纪工委书记柏林出席会议", "戴光明指出"]),
    ("h12", "园区重点产业项目推进情况调研", "inspection (调研)", "8月15日", None, "沈卫东", [],
     ["龚立群", "邬敏", "祁振宇"], ["沈卫东", "龚立群"], None,
     "苏州工业园区党工委书记沈卫东带队调研园区重点产业项目推进情况",
     ["党工委书记沈卫东带队", "管委会副主任邬敏、祁振宇参加调研", "沈卫东强调", "龚立群表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("h01", "商代王城遗址保护展示工程", "engineering_work", "商代王城遗址保护展示工程"),
    ("h01", "南曹片区城市更新一期项目", "project", "南曹片区城市更新一期项目"),
    ("h01", "航海东路综合管廊工程", "infrastructure_project", "航海东路综合管廊工程"),
    ("h02", "大河村遗址保护展示工程", "engineering_work", "大河村遗址保护展示工程"),
    ("h02", "江山路沿线城市更新项目", "project", "江山路沿线城市更新项目"),
    ("h02", "花园口镇黄河湿地生态修复工程", "greening_project", "花园口镇黄河湿地生态修复工程"),
    ("h02", "郑州冷链物流产业园二期", "industrial_park", "和郑州冷链物流产业园二期施工现场"),
    ("h03", "河南省装备制造业开发区（荥阳）基础设施提升项目", "infrastructure_project", "河南省装备制造业开发区（荥阳）基础设施提升项目"),
    ("h03", "荥阳市中医院新院区建设项目", "project", "荥阳市中医院新院区建设项目"),
    ("h03", "广武镇高标准农田建设项目", "project", "广武镇高标准农田建设项目"),
    ("h04", "巩义经济技术开发区铝精深加工产业园", "industrial_park", "巩义经济技术开发区铝精深加工产业园"),
    ("h06", "须水河综合治理工程", "engineering_work", "须水河综合治理工程"),
    ("h06", "中原区老旧小区改造三期项目", "housing_project", "中原区老旧小区改造三期项目"),
    ("h06", "郑州西站片区安置房项目", "housing_project", "郑州西站片区安置房项目"),
    ("h07", "沈丘县槐店回族镇污水处理厂扩建工程", "infrastructure_project", "沈丘县槐店回族镇污水处理厂扩建工程"),
    ("h07", "沙颍河沈丘段航道升级工程", "infrastructure_project", "沙颍河沈丘段航道升级工程"),
    ("h07", "沈丘县产业集聚区纺织服装产业园", "industrial_park", "沈丘县产业集聚区纺织服装产业园"),
    ("h08", "光山县官渡河产业集聚区羽绒服装智能制造产业园", "industrial_park", "光山县官渡河产业集聚区羽绒服装智能制造产业园"),
    ("h08", "泼陂河水库除险加固工程", "engineering_work", "泼陂河水库除险加固工程"),
    ("h08", "光山县茶旅融合示范区项目", "project", "光山县茶旅融合示范区项目"),
    ("h09", "遂平县产业集聚区食品产业园", "industrial_park", "在遂平县产业集聚区食品产业园举行"),
    ("h09", "年产10万吨休闲食品项目", "project", "年产10万吨休闲食品项目"),
    ("h09", "遂平县嵖岈山文化旅游区提升工程", "project", "遂平县嵖岈山文化旅游区提升工程"),
    ("h09", "遂平县人民医院综合病房楼项目", "project", "遂平县人民医院综合病房楼项目"),
    ("h09", "京港澳高速遂平连接线改建工程", "infrastructure_project", "京港澳高速遂平连接线改建工程"),
    ("h10", "星沙产业基地二期", "industrial_park", "星沙产业基地二期"),
    ("h10", "经开区智能网联汽车产业园", "industrial_park", "经开区智能网联汽车产业园"),
    ("h10", "松雅湖片区基础设施配套工程", "infrastructure_project", "松雅湖片区基础设施配套工程"),
    ("h11", "合肥高新区集成电路标准化厂房三期", "project", "合肥高新区集成电路标准化厂房三期"),
    ("h11", "中国声谷量子产业园", "industrial_park", "中国声谷量子产业园"),
    ("h11", "柏堰科技园改造提升工程", "project", "柏堰科技园改造提升工程"),
    ("h12", "苏州纳米城三期", "project", "苏州纳米城三期"),
    ("h12", "生物医药产业园四期", "industrial_park", "生物医药产业园四期"),
    ("h12", "金鸡湖商务区国际金融中心配套工程", "project", "金鸡湖商务区国际金融中心配套工程"),
    ("h12", "苏州工业园区人工智能产业园", "industrial_park", "苏州工业园区人工智能产业园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("h01", "管城区", "district", "standalone", "管城区是郑州的老城区"),
    ("h01", "郑州", "city", "standalone", "管城区是郑州的老城区"),
    ("h01", "商代王城遗址", "heritage_site", "in_project_name", "商代王城遗址保护展示工程"),
    ("h01", "南曹片区", "area", "in_project_name", "南曹片区城市更新一期项目"),
    ("h01", "航海东路", "road", "in_project_name", "航海东路综合管廊工程"),
    ("h02", "惠济区", "district", "standalone", "惠济区：\n紧盯"),
    ("h02", "大河村遗址", "heritage_site", "in_project_name", "大河村遗址保护展示工程"),
    ("h02", "江山路", "road", "in_project_name", "江山路沿线城市更新项目"),
    ("h02", "花园口镇", "town", "in_project_name", "花园口镇黄河湿地生态修复工程"),
    ("h02", "黄河", "river", "in_project_name", "花园口镇黄河湿地生态修复工程"),
    ("h02", "郑州", "city", "in_project_name", "郑州冷链物流产业园二期"),
    ("h03", "郑州市", "city", "in_org_reference", "传达学习郑州市防汛工作会议精神"),
    ("h03", "索河", "river", "standalone", "加强索河、汜水河等重点河道巡查"),
    ("h03", "汜水河", "river", "standalone", "加强索河、汜水河等重点河道巡查"),
    ("h03", "河南省装备制造业开发区", "development_zone", "in_project_name", "河南省装备制造业开发区（荥阳）基础设施提升项目"),
    ("h03", "荥阳市", "county_level_city", "in_project_name", "荥阳市中医院新院区建设项目"),
    ("h03", "广武镇", "town", "in_project_name", "广武镇高标准农田建设项目"),
    ("h04", "郑州市", "city", "in_org_reference", "宣布郑州市委关于巩义市委主要负责同志调整的决定"),
    ("h04", "巩义市", "county_level_city", "in_org_reference", "宣布郑州市委关于巩义市委主要负责同志调整的决定"),
    ("h04", "河洛文化旅游区", "scenic_area", "standalone", "扎实推进河洛文化旅游区"),
    ("h04", "巩义经济技术开发区", "development_zone", "in_project_name", "巩义经济技术开发区铝精深加工产业园"),
    ("h04", "巩义", "county_level_city", "standalone", "努力为巩义高质量发展作出贡献"),
    ("h04", "荥阳市", "county_level_city", "in_title", "2019年12月任荥阳市委副书记"),
    ("h04", "偃师", "district", "standalone", "河南偃师人"),
    ("h05", "登封市", "county_level_city", "in_org_reference", "任命闫志强为登封市人民政府副市长"),
    ("h06", "二七区", "district", "in_org_reference", "二七区政协召开十届十二次常委会议"),
    ("h06", "二七商圈", "area", "standalone", "围绕二七商圈提质"),
    ("h06", "马寨产业集聚区", "development_zone", "standalone", "马寨产业集聚区转型"),
    ("h06", "中原区", "district", "standalone", "中原区\n\n区长调研城市更新工作"),
    ("h06", "须水街道", "street", "standalone", "到须水街道、林山寨街道调研"),
    ("h06", "林山寨街道", "street", "standalone", "到须水街道、林山寨街道调研"),
    ("h06", "须水河", "river", "in_project_name", "须水河综合治理工程"),
    ("h06", "郑州西站片区", "area", "in_project_name", "郑州西站片区安置房项目"),
    ("h07", "周口市", "city", "in_org_reference", "传达学习周口市委常委（扩大）会议精神"),
    ("h07", "沈丘县", "county", "in_project_name", "沈丘县槐店回族镇污水处理厂扩建工程"),
    ("h07", "槐店回族镇", "town", "in_project_name", "沈丘县槐店回族镇污水处理厂扩建工程"),
    ("h07", "沙颍河", "river", "in_project_name", "沙颍河沈丘段航道升级工程"),
    ("h07", "沈丘县产业集聚区", "development_zone", "in_project_name", "沈丘县产业集聚区纺织服装产业园"),
    ("h08", "信阳市", "city", "in_title", "信阳市委常委、常务副市长黎少军到我县调研项目建设"),
    ("h08", "光山县", "county", "in_project_name", "光山县官渡河产业集聚区羽绒服装智能制造产业园"),
    ("h08", "官渡河产业集聚区", "development_zone", "in_project_name", "光山县官渡河产业集聚区羽绒服装智能制造产业园"),
    ("h08", "泼陂河水库", "reservoir", "in_project_name", "泼陂河水库除险加固工程"),
    ("h08", "信阳", "city", "standalone", "为信阳“两个更好”建设"),
    ("h08", "光山", "county", "standalone", "贡献光山力量"),
    ("h09", "遂平县", "county", "standalone", "9月25日上午，遂平县2019年"),
    ("h09", "遂平县产业集聚区", "development_zone", "standalone", "在遂平县产业集聚区食品产业园举行"),
    ("h09", "嵖岈山文化旅游区", "scenic_area", "in_project_name", "遂平县嵖岈山文化旅游区提升工程"),
    ("h09", "京港澳高速", "road", "in_project_name", "京港澳高速遂平连接线改建工程"),
    ("h10", "经开区", "development_zone", "standalone", "2月10日上午，经开区召开"),
    ("h10", "长沙县", "county", "in_title", "长沙县委书记符志远"),
    ("h10", "星沙", "area", "in_project_name", "星沙产业基地二期"),
    ("h10", "松雅湖片区", "area", "in_project_name", "松雅湖片区基础设施配套工程"),
    ("h11", "合肥高新区", "development_zone", "in_title", "合肥高新区党工委书记、管委会主任戴光明"),
    ("h11", "安徽省", "province", "in_org_reference", "传达学习安徽省第十一次党代会精神"),
    ("h11", "安徽", "province", "standalone", "为安徽未来五年发展"),
    ("h11", "高新区", "development_zone", "standalone", "高新区要立足"),
    ("h11", "柏堰科技园", "industrial_park", "in_project_name", "柏堰科技园改造提升工程"),
    ("h12", "苏州工业园区", "development_zone", "in_title", "苏州工业园区党工委书记沈卫东"),
    ("h12", "苏州纳米城", "industrial_park", "in_project_name", "苏州纳米城三期"),
    ("h12", "金鸡湖商务区", "area", "in_project_name", "金鸡湖商务区国际金融中心配套工程"),
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
        "conventions": "see tests/dev/CONVENTIONS.md and tests/gold/README.md; set h (third blind, held-out-like set: "
                       "郑州 districts and county-level cities, Henan counties, zones of other provinces); evidence strings are exact substrings of the raw text "
                       "files; written by make_gold.py",
        "documents": documents}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    holdings, persons = [], []
    people = dict(PERSONS)
    for short, _art, name, _label, role, _ev in reporter_rows:
        people.setdefault(f"h:{name}", (name, role, "", [], [short]))
    for pid, (name, ptype, scope, posts, bare) in people.items():
        files = sorted({p[0] for p in posts} | set(bare))
        for short, org, title, evidence, note, *career in posts:
            file = _full(short)
            art = _article(file, evidence)
            _h, date_text, inferred = PAGES[file][3][art - 1][:3]
            if career:
                y, m = re.match(r"(\d{4})年(\d{1,2})月", career[0]).groups()
                date_text, inferred = _check(file, career[0]), f"{y}-{int(m):02d}"
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
        "note": "Set h persons. id = corpus-wide person_id (h:张志强#1 and h:张志强#2 are two people); "
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
