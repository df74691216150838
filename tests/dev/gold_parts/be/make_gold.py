"""Write gold part ``be`` (a blind set: state-owned companies and platform companies with officials) from the tables
below.

Pages ``tests/dev/texts/be*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool (a city 城投集团 site: ``市长一行由建设局、国资委等主要领导陪同…
调研``; a 上饶 城投集团 page ``党委书记、董事长…主持召开高管周例会…党委副书记、总经理…``; a 市政集团 page of a 副市长's 走访
调研 with the 市政府副秘书长 and department heads; a 市人大常委会副主任's 调研 of a 城建集团; 交控集团 / 交投集团 pages of
战略合作框架协议 signings (``集团党委书记、董事长…与…代表双方签署``) and a 邯郸 交投集团 座谈 with a 县级市 市委书记; a 山西
文旅集团 签约 with a 县 (``县委副书记、县长…致辞``); a 泰安 市政协 视察 of the 市属 集团; a 长春 国资委 推进会 (``市国资委主任…
通报…市国资委副主任…主持``); a 黄石 城发集团 整合重组工作会议 (``市政府副秘书长…主持…市政府国资委主任…通报…集团党委书记、
董事长…表态发言``); a 宜阳 平台公司转型发展工作会议 and a 团风 / 蕲春 县长 调研 of the 县城投 / 国建公司; a 湖州 南太湖 集团
干部大会 and a 开发区 集团 干部大会 (``宣布…任免决定…作表态发言…作离任发言``)). Places are real and new to the corpus: 山东
泰安 (市政府 site, 泰安日报; 岱岳区, 泰山区, 泰安高新区), 湖北 黄石 (市国资委 site, 黄石日报; 黄石经开区), 安徽 亳州
涡阳县 (县政府 site; 涡阳经开区), 福建 三明 (市国资委 site; 三明高新区), 浙江 湖州 吴兴区 (区政府 site; 织里), 安徽 铜陵
(市政府 site and the 铜陵建投集团's own site; 铜陵经开区, 西湖新区).

Shapes: a 副市长's 调研 of a 市属 文旅集团 with the 市政府副秘书长, the 国资委 主任 and a 局长 accompanying, and the 座谈会
after it where the company's 党委书记、董事长 and 总经理 report (be01); a city paper's page with a 国资国企工作会议 (a
市委常委、常务副市长 speaks, the 市政府副秘书长 chairs, the 国资委 主任 reports, companies' heads unnamed) and a 高新区
signing with a private firm (be02); a 国资委 site's report of a 集团 整合重组 meeting (副秘书长 chairs; 国资委 党委书记、主任
and 党委委员、副主任; a 经开区 党工委委员、管委会副主任; the company's 党委书记、董事长 表态) (be03); a city paper's signing of a
市交投集团 with a private firm, a 副市长 speaking (be04); a 县长's 调研 of the 县城投集团 (常务副县长, ``县财政局局长、县国资办
主任``) (be05); a 国资委 site's 座谈会 of the 市属 企业 (国资委 主任 chairs; 党委委员、副主任; 二级调研员; a 高新区 管委会
副主任; companies' 党委书记、董事长 report) (be06); a 区 site's 揭牌 of a 区 文旅集团 (区长, 区委常委、宣传部部长, 副区长
chairs, 区财政局局长; company 党委书记、董事长, 总经理, 副总经理) (be07); a 副市长's 调研 of 市属 企业 projects with the
国资委 主任 and a 经开区 管委会副主任 (be08); a company site's 干部大会 where the 市委组织部副部长 announces the 市委's
decision (a 经开区 official becomes the company's 党委书记 and 提名为董事长人选; his predecessor 不再担任) (be09).

Identity cases:
- be:陶振宇 泰安市政府 副市长 (be01, June 2022) → 泰安市委 常委 + 泰安市政府 常务副市长 (be02, March 2024).
- be:晁德亮 泰安市国资委党委 书记 + 泰安市国资委 主任 (be01, 2022) → 泰安市政府 副秘书长 (be02, 2024); his successor
  at the 国资委 be:尉立新 (be02).
- be:阚立峰 黄石市政府 副秘书长 (be03, Sept 2022) → 黄石市政府 副市长 (be04, Nov 2024); be:覃国栋 黄石市国资委 主任 on
  both pages.
- be:佘立群 铜陵经开区党工委 委员 + 铜陵经开区管委会 副主任 (be08, Aug 2021) → 铜陵建投集团 党委书记, 提名为董事长人选
  (be09, April 2024: a company role, no holding); his predecessor be:章学海 (company head on be08 and be09, no holding);
  be:方德胜 铜陵市国资委 主任 on both pages.
- be:尹克勤, a company head who moves between two 泰安 市属 集团 (泰山文旅集团 2022, 泰山产业发展投资集团 2024): a person
  with no holding on either page.
- two different 蒯俊杰: be:蒯俊杰#1 黄石市国资委 党委委员、副主任 (湖北, be03); be:蒯俊杰#2 吴兴区 副区长 (浙江, be07).
- two different 邵启明: be:邵启明#1 泰安市政府 副秘书长 (be01); be:邵启明#2 铜陵建投集团 党委副书记、总经理 (be09, a
  company role: no holding).
- one zone name in several cities: 经开区 of 黄石 (be03, be04), 铜陵 (be08, bare in be09) and 涡阳 (be05, a county's);
  高新区 of 泰安 (be02) and 三明 (be06).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as CONVENTIONS and parts z, u, ad, ah, w say; decided here where they are silent):
- Company roles are not posts (CONVENTIONS): 董事长, 副董事长, 总经理, 副总经理 and the company's own 党委书记 / 党委副书记
  (``集团党委书记、董事长冼明远``, ``县城投集团党委书记、董事长葛立成``) give no line, also when the company is a state-owned
  or platform company of the city or county. Those people are persons of type ``company_executive`` (with the company in
  ``scope``) and take part in events (汇报 / 表态发言 → speakers; 签约 / 参加 → attendees), as part ad's signers.
- DECIDED HERE: a decision that a person ``任…集团有限公司党委书记，提名为董事长人选`` (be09) gives no line (company roles),
  and his past 经开区 post is not repeated from it (it is on be08, dated 2021); ``不再担任集团党委书记、董事长职务`` gives none.
- 国资委 is a government department (a post): ``市国资委党委书记、主任晁德亮`` → 泰安市国资委党委 书记 + 泰安市国资委 主任
  (the department as written after its place, 国资委 kept short as the pages write it).
- DECIDED HERE: the 国资委 has a 党委 (not a 党组); it is treated like part z's 党组: 书记 goes with 国资委党委, and
  ``党委委员、副主任`` gives 国资委党委 委员 + 国资委 副主任 (as part z's 党组成员 → 党组 成员).
- Ranks as posts of their department (parts z, sample): ``二级调研员罗永福`` on the 三明 国资委's own site → 三明市国资委
  二级调研员.
- ``县财政局局长、县国资办主任鲍玉梅`` → 涡阳县财政局 局长 + 涡阳县国资办 主任 (the 国资办 is a government office; second
  title inherits the 县 of the first).
- 市政府副秘书长 → X市政府 副秘书长; 副市长 / 常务副市长 → X市政府; 区长 / 副区长 → 吴兴区政府; 县长 / 常务副县长 → 涡阳县政府.
- Zones: ``黄石经开区党工委委员、管委会副主任揭晓辉`` → 黄石经开区党工委 委员 + 黄石经开区管委会 副主任; ``泰安高新区
  党工委副书记、管委会主任`` likewise; ``三明高新区管委会副主任`` → 三明高新区管委会 副主任.
- Bare organs take the page's place: on the 铜陵建投集团's own site (be09) ``市委组织部副部长`` = 铜陵市委组织部 and
  ``市国资委`` = 铜陵市国资委 (the company is 铜陵's; its site line names it).
- One line per post per article (CONVENTIONS); a list after one title gives every name that title.
- Events: 调研 → inspection (leader; 陪同 / 参加 → attendees); DECIDED HERE: a 调研 with site visits and then
  ``在随后召开的座谈会上`` gives two events (as part z08); a 调研 whose only described activity is the 座谈会 (be05) gives one;
  工作会议, 座谈会 and 干部大会 are meetings (主持 → chair); 签约仪式 and 揭牌仪式 are ceremonies (signers and 揭牌 leaders
  are attendees, those who 讲话 / 表示 / 介绍 / 宣读 are speakers).
- Projects: named works and parks (…项目, …工程, …产业园二期, …物流园二期) as in part z; a company's signed investment
  project by its name as written (年产5万吨特种纤维项目); plans and documents (《…实施方案》) are not projects.
- Places: company names (泰山文旅集团, 泰安交通发展投资集团, 黄石城发集团, 湖州市吴兴区文化旅游发展集团有限公司, 铜陵建设投资
  控股集团有限公司) are not read for places (part z); site lines, 来源 lines, mastheads and footers are not annotated.
  DECIDED HERE: a zone named in full on a page and repeated bare later on the same page (泰安高新区 … 高新区将全力; 黄石
  经开区 … 经开区和市交投集团) gives one place line, the full name; a zone written only bare (be09 ``在经开区工作``) is
  annotated as written (``经开区``).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "be01_taian.txt": (2022, "发布时间：2022-06-15 17:20", "泰安市", [
        ("陶振宇到泰山文旅集团调研企业改革发展工作", "6月14日", "2022-06-14", "6月14日，副市长陶振宇",
         "a 副市长's 调研 of the 市属 泰山文旅集团 with the 市政府副秘书长, the 国资委 主任 and the 文旅局 局长; 座谈会 where the company's 党委书记、董事长 and 总经理 report")]),
    "be02_taian.txt": (2024, "2024年3月22日　星期五", "泰安市", [
        ("全市国资国企工作会议召开", "3月21日", "2024-03-21", "本报讯（记者 訾雨晴）3月21日，全市",
         "city paper: the 国资国企工作会议 (市委常委、常务副市长 speaks, 市政府副秘书长 chairs, 国资委 主任 reports)"),
        ("高新区与鲁岳新材料签约年产5万吨特种纤维项目", "3月21日下午", "2024-03-21", "本报讯（记者 訾雨晴）3月21日下午",
         "泰安高新区 signs with a private firm; a 市属 集团's 董事长 attends")]),
    "be03_huangshi.txt": (2022, "发布时间：2022-09-20 10:35", "黄石市", [
        ("市城发集团整合重组工作会议召开", "9月19日下午", "2022-09-19", "9月19日下午，市政府在城发集团",
         "国资委 site: the 城发集团 整合重组 meeting chaired by the 市政府副秘书长; 国资委 主任 and 副主任; a 黄石经开区 official; the company's 党委书记、董事长 表态")]),
    "be04_huangshi.txt": (2024, "2024年11月8日　星期五", "黄石市", [
        ("市交投集团与楚鑫智能装备签约", "11月7日", "2024-11-07", "本报讯（记者 柯梦琪）",
         "city paper: a 市交投集团 signs with a private firm in 黄石经开区; the 副市长 speaks; 国资委 主任 and the 经开区 管委会主任 attend")]),
    "be05_guoyang.txt": (2023, "发布时间：2023-07-26 09:12", "涡阳县", [
        ("檀振华到县城投集团调研投融资和平台公司转型工作", "7月25日", "2023-07-25", "7月25日，县委副书记、县长檀振华",
         "a 县长's 调研 of the 县城投集团 (platform company transformation) with the 常务副县长 and the 财政局局长、国资办主任")]),
    "be06_sanming.txt": (2023, "时间：2023-04-12", "三明市", [
        ("市国资委召开市属国有企业一季度经济运行座谈会", "4月11日", "2023-04-11", "4月11日，市国资委党委书记",
         "国资委 site: the 国资委 主任's 座谈会 of the 市属 企业; 副主任, 二级调研员, a 三明高新区 管委会副主任; companies' heads report")]),
    "be07_wuxing.txt": (2024, "发布日期：2024-01-18 16:45", "吴兴区", [
        ("吴兴区文旅集团揭牌成立", "1月18日上午", "2024-01-18", "1月18日上午，湖州市吴兴区",
         "区 site: 揭牌 of the 区 文旅集团 (区长, 宣传部部长 揭牌; 副区长 chairs; 财政局局长; company heads)")]),
    "be08_tongling.txt": (2021, "发布时间：2021-08-10 18:30", "铜陵市", [
        ("查晓明调研市属国有企业重点项目建设", "8月9日", "2021-08-09", "8月9日，副市长查晓明",
         "a 副市长's 调研 of 市属 企业 projects with the 国资委 主任 and a 铜陵经开区 管委会副主任; the 建投集团's 董事长 reports")]),
    "be09_tongling.txt": (2024, "发布时间：2024-04-16", "铜陵市", [
        ("集团召开干部大会宣布主要领导调整决定", "4月16日上午", "2024-04-16", "4月16日上午，集团召开干部大会",
         "company site: 干部大会 where the 市委组织部副部长 announces the 市委's decision on the company's head (a former 经开区 official)")]),
}

_TA_GZW = "市国资委党委书记、主任晁德亮"
_HS_GZW = "市国资委党委书记、主任覃国栋"
_HS_GZW4 = "市国资委党委书记、主任覃国栋，黄石经开区党工委副书记、管委会主任汤宇航"
_HS_JKQ = "黄石经开区党工委委员、管委会副主任揭晓辉"
_SM_FZR = "市国资委党委委员、副主任黄志鸿、赖晓燕"
_TL_GZW8 = "市国资委党委书记、主任方德胜，铜陵经开区党工委委员、管委会副主任佘立群陪同调研"
_TL_GZW9 = "市国资委党委书记、主任方德胜出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 泰安
    "be:陶振宇": ("陶振宇", "official", "泰安市", [
        ("be01", "泰安市政府", "副市长", "6月14日，副市长陶振宇到泰山文旅集团调研", "2022: 副市长"),
        ("be02", "泰安市委", "常委", "市委常委、常务副市长陶振宇出席会议并讲话", "2024"),
        ("be02", "泰安市政府", "常务副市长", "市委常委、常务副市长陶振宇出席会议并讲话", "2024: 常务副市长")], []),
    "be:邵启明#1": ("邵启明", "official", "泰安市", [
        ("be01", "泰安市政府", "副秘书长", "市政府副秘书长邵启明", "not the 邵启明 of the 铜陵建投集团 (be09)")], []),
    "be:晁德亮": ("晁德亮", "official", "泰安市", [
        ("be01", "泰安市国资委党委", "书记", _TA_GZW, "2022: 国资委 党委 (treated like a 党组)"),
        ("be01", "泰安市国资委", "主任", _TA_GZW, "2022"),
        ("be02", "泰安市政府", "副秘书长", "市政府副秘书长晁德亮主持会议", "2024: moved from the 国资委")], []),
    "be:宫晓岚": ("宫晓岚", "official", "泰安市", [
        ("be01", "泰安市文化和旅游局", "局长", "市文化和旅游局局长宫晓岚陪同调研", None)], []),
    "be:尹克勤": ("尹克勤", "company_executive", "泰山文旅集团 / 泰山产业发展投资集团", [], ["be01", "be02"]),
    "be:蒲秀华": ("蒲秀华", "company_executive", "泰山文旅集团", [], ["be01"]),
    "be:尉立新": ("尉立新", "official", "泰安市", [
        ("be02", "泰安市国资委党委", "书记", "市国资委党委书记、主任尉立新通报了", "晁德亮's successor"),
        ("be02", "泰安市国资委", "主任", "市国资委党委书记、主任尉立新通报了", None)], []),
    "be:毕德胜": ("毕德胜", "official", "泰安高新区", [
        ("be02", "泰安高新区党工委", "副书记", "泰安高新区党工委副书记、管委会主任毕德胜", "article 2"),
        ("be02", "泰安高新区管委会", "主任", "泰安高新区党工委副书记、管委会主任毕德胜", None)], []),
    "be:郗国良": ("郗国良", "company_executive", "山东鲁岳新材料有限公司", [], ["be02"]),
    # ---- 黄石
    "be:阚立峰": ("阚立峰", "official", "黄石市", [
        ("be03", "黄石市政府", "副秘书长", "市政府副秘书长阚立峰主持会议并讲话", "2022"),
        ("be04", "黄石市政府", "副市长", "副市长阚立峰出席签约仪式并讲话", "2024: 副秘书长 → 副市长")], []),
    "be:蒯俊杰#1": ("蒯俊杰", "official", "黄石市", [
        ("be03", "黄石市国资委党委", "委员", "市国资委党委委员、副主任蒯俊杰", "not the 蒯俊杰 of 吴兴区 (be07)"),
        ("be03", "黄石市国资委", "副主任", "市国资委党委委员、副主任蒯俊杰", None)], []),
    "be:揭晓辉": ("揭晓辉", "official", "黄石经开区", [
        ("be03", "黄石经开区党工委", "委员", _HS_JKQ, None),
        ("be03", "黄石经开区管委会", "副主任", _HS_JKQ, None)], []),
    "be:覃国栋": ("覃国栋", "official", "黄石市", [
        ("be03", "黄石市国资委党委", "书记", _HS_GZW + "传达了", "2022"),
        ("be03", "黄石市国资委", "主任", _HS_GZW + "传达了", None),
        ("be04", "黄石市国资委党委", "书记", _HS_GZW4, "2024"),
        ("be04", "黄石市国资委", "主任", _HS_GZW4, None)], []),
    "be:冼明远": ("冼明远", "company_executive", "黄石城发集团", [], ["be03"]),
    "be:鄢志成": ("鄢志成", "company_executive", "黄石市交通投资集团有限公司", [], ["be04"]),
    "be:龚晓东": ("龚晓东", "company_executive", "湖北楚鑫智能装备有限公司", [], ["be04"]),
    "be:汤宇航": ("汤宇航", "official", "黄石经开区", [
        ("be04", "黄石经开区党工委", "副书记", _HS_GZW4, None),
        ("be04", "黄石经开区管委会", "主任", _HS_GZW4, None)], []),
    # ---- 涡阳
    "be:檀振华": ("檀振华", "official", "涡阳县", [
        ("be05", "涡阳县委", "副书记", "7月25日，县委副书记、县长檀振华到县城投集团调研", None),
        ("be05", "涡阳县政府", "县长", "7月25日，县委副书记、县长檀振华到县城投集团调研", None)], []),
    "be:戚文斌": ("戚文斌", "official", "涡阳县", [
        ("be05", "涡阳县委", "常委", "县委常委、常务副县长戚文斌", None),
        ("be05", "涡阳县政府", "常务副县长", "县委常委、常务副县长戚文斌", None)], []),
    "be:鲍玉梅": ("鲍玉梅", "official", "涡阳县", [
        ("be05", "涡阳县财政局", "局长", "县财政局局长、县国资办主任鲍玉梅", None),
        ("be05", "涡阳县国资办", "主任", "县财政局局长、县国资办主任鲍玉梅", "the 国资办 is a government office")], []),
    "be:葛立成": ("葛立成", "company_executive", "涡阳县城投集团", [], ["be05"]),
    "be:庄静怡": ("庄静怡", "company_executive", "涡阳县城投集团", [], ["be05"]),
    # ---- 三明
    "be:廖清泉": ("廖清泉", "official", "三明市", [
        ("be06", "三明市国资委党委", "书记", "4月11日，市国资委党委书记、主任廖清泉主持召开", None),
        ("be06", "三明市国资委", "主任", "4月11日，市国资委党委书记、主任廖清泉主持召开", None)], []),
    "be:黄志鸿": ("黄志鸿", "official", "三明市", [
        ("be06", "三明市国资委党委", "委员", _SM_FZR, "list after one title"),
        ("be06", "三明市国资委", "副主任", _SM_FZR, None)], []),
    "be:赖晓燕": ("赖晓燕", "official", "三明市", [
        ("be06", "三明市国资委党委", "委员", _SM_FZR, None),
        ("be06", "三明市国资委", "副主任", _SM_FZR, None)], []),
    "be:罗永福": ("罗永福", "official", "三明市", [
        ("be06", "三明市国资委", "二级调研员", "二级调研员罗永福", "rank as a post of the department whose site it is")], []),
    "be:余建勋": ("余建勋", "official", "三明高新区", [
        ("be06", "三明高新区管委会", "副主任", "三明高新区管委会副主任余建勋参加会议", None)], []),
    "be:严家驹": ("严家驹", "company_executive", "三明市城发集团", [], ["be06"]),
    "be:池少华": ("池少华", "company_executive", "三明市交发集团", [], ["be06"]),
    # ---- 湖州 吴兴
    "be:钮建平": ("钮建平", "official", "吴兴区", [
        ("be07", "吴兴区委", "副书记", "区委副书记、区长钮建平", None),
        ("be07", "吴兴区政府", "区长", "区委副书记、区长钮建平", None)], []),
    "be:慎丽华": ("慎丽华", "official", "吴兴区", [
        ("be07", "吴兴区委", "常委", "区委常委、宣传部部长慎丽华为集团揭牌", None),
        ("be07", "吴兴区委宣传部", "部长", "区委常委、宣传部部长慎丽华为集团揭牌", None)], []),
    "be:蒯俊杰#2": ("蒯俊杰", "official", "吴兴区", [
        ("be07", "吴兴区政府", "副区长", "副区长蒯俊杰主持揭牌仪式", "not the 蒯俊杰 of 黄石市国资委 (be03)")], []),
    "be:沈梦洁": ("沈梦洁", "official", "吴兴区", [
        ("be07", "吴兴区财政局", "局长", "区财政局局长沈梦洁介绍了", None)], []),
    "be:闵国强": ("闵国强", "company_executive", "吴兴区文旅集团", [], ["be07"]),
    "be:费晓峰": ("费晓峰", "company_executive", "吴兴区文旅集团", [], ["be07"]),
    "be:岑思远": ("岑思远", "company_executive", "吴兴区文旅集团", [], ["be07"]),
    # ---- 铜陵
    "be:查晓明": ("查晓明", "official", "铜陵市", [
        ("be08", "铜陵市政府", "副市长", "8月9日，副市长查晓明调研", None)], []),
    "be:方德胜": ("方德胜", "official", "铜陵市", [
        ("be08", "铜陵市国资委党委", "书记", _TL_GZW8, "2021"),
        ("be08", "铜陵市国资委", "主任", _TL_GZW8, None),
        ("be09", "铜陵市国资委党委", "书记", _TL_GZW9, "2024; bare 市国资委 on the 铜陵 company's site"),
        ("be09", "铜陵市国资委", "主任", _TL_GZW9, None)], []),
    "be:佘立群": ("佘立群", "official", "铜陵经开区", [
        ("be08", "铜陵经开区党工委", "委员", _TL_GZW8, "2021; in 2024 (be09) he becomes the 建投集团's 党委书记 (company role, no line)"),
        ("be08", "铜陵经开区管委会", "副主任", _TL_GZW8, None)], ["be09"]),
    "be:章学海": ("章学海", "company_executive", "铜陵建设投资控股集团有限公司", [], ["be08", "be09"]),
    "be:江雪琴": ("江雪琴", "official", "铜陵市", [
        ("be09", "铜陵市委组织部", "副部长", "市委组织部副部长江雪琴", "bare 市委 on the 铜陵 company's site")], []),
    "be:邵启明#2": ("邵启明", "company_executive", "铜陵建设投资控股集团有限公司", [], ["be09"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("be01", "房雨欣", "责任编辑", "editor", "责任编辑：房雨欣"),
    ("be02", "訾雨晴", "记者", "reporter", "本报讯（记者 訾雨晴）3月21日，全市"),
    ("be02", "俞慧敏", "本版编辑", "editor", "本版编辑：俞慧敏"),
    ("be03", "邰思远", "供稿", "author", "（供稿：办公室 邰思远）"),
    ("be03", "詹若溪", "责任编辑", "editor", "责任编辑：詹若溪"),
    ("be04", "柯梦琪", "记者", "reporter", "本报讯（记者 柯梦琪）"),
    ("be04", "蓝心怡", "本版编辑", "editor", "本版编辑：蓝心怡"),
    ("be05", "郁明轩", "责任编辑", "editor", "责任编辑：郁明轩"),
    ("be07", "甄雅文", "记者", "reporter", "（记者 甄雅文）"),
    ("be07", "鞠梦菲", "责任编辑", "editor", "责任编辑：鞠梦菲"),
    ("be08", "殷梓萱", "责任编辑", "editor", "责任编辑：殷梓萱"),
    ("be09", "穆晨阳", "撰稿", "author", "撰稿：穆晨阳"),
    ("be09", "臧一帆", "审核", "editor", "审核：臧一帆"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("be02", "訾雨晴"): "本报讯（记者 訾雨晴）3月21日下午",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("be01", "泰山文旅集团企业改革发展工作调研", "inspection (调研)", "6月14日", None, "陶振宇", [],
     ["邵启明", "晁德亮", "宫晓岚"], ["陶振宇"], "泰山文旅集团",
     "6月14日，副市长陶振宇到泰山文旅集团调研企业改革发展工作",
     ["副市长陶振宇到泰山文旅集团调研", "市政府副秘书长邵启明", "局长宫晓岚陪同调研", "陶振宇指出", "陶振宇强调"]),
    ("be01", "座谈会", "meeting (座谈会)", "6月14日", None, None, [],
     [], ["尹克勤", "蒲秀华", "晁德亮"], None,
     "在随后召开的座谈会上，泰山文旅集团党委书记、董事长尹克勤汇报了",
     ["董事长尹克勤汇报了", "总经理蒲秀华介绍了", "晁德亮就市属企业功能定位调整"]),
    ("be02", "全市国资国企工作会议", "meeting (工作会议)", "3月21日", "晁德亮", None, [],
     ["陶振宇"], ["陶振宇", "尉立新"], None,
     "3月21日，全市国资国企工作会议召开",
     ["常务副市长陶振宇出席会议并讲话", "市政府副秘书长晁德亮主持会议", "主任尉立新通报了", "陶振宇指出", "陶振宇要求"]),
    ("be02", "泰安高新区与山东鲁岳新材料有限公司年产5万吨特种纤维项目签约仪式", "ceremony (签约仪式)", "3月21日下午", None, None, [],
     ["毕德胜", "郗国良", "尹克勤"], ["毕德胜", "郗国良"], "泰安高新区",
     "3月21日下午，泰安高新区与山东鲁岳新材料有限公司年产5万吨特种纤维项目签约仪式举行",
     ["管委会主任毕德胜与山东鲁岳新材料有限公司董事长郗国良代表双方签约", "董事长尹克勤参加签约仪式", "毕德胜表示", "郗国良介绍"]),
    ("be03", "市城发集团整合重组工作会议", "meeting (工作会议)", "9月19日下午", "阚立峰", None, ["黄石市政府"],
     ["蒯俊杰", "揭晓辉"], ["覃国栋", "冼明远", "揭晓辉", "阚立峰"], "城发集团",
     "9月19日下午，市政府在城发集团召开市城发集团整合重组工作会议",
     ["市政府副秘书长阚立峰主持会议并讲话", "副主任蒯俊杰", "管委会副主任揭晓辉", "主任覃国栋传达了", "董事长冼明远代表城发集团作表态发言",
      "揭晓辉介绍了", "阚立峰指出", "阚立峰要求"]),
    ("be04", "黄石市交通投资集团有限公司与湖北楚鑫智能装备有限公司战略合作签约仪式", "ceremony (签约仪式)", "11月7日", None, None, [],
     ["阚立峰", "鄢志成", "龚晓东", "覃国栋", "汤宇航"], ["阚立峰", "龚晓东"], "黄石经开区",
     "11月7日，黄石市交通投资集团有限公司与湖北楚鑫智能装备有限公司战略合作签约仪式在黄石经开区举行",
     ["副市长阚立峰出席签约仪式并讲话", "董事长鄢志成与湖北楚鑫智能装备有限公司董事长龚晓东代表双方签署", _HS_GZW4, "阚立峰指出",
      "阚立峰强调", "龚晓东表示"]),
    ("be05", "县城投集团投融资和平台公司转型工作调研", "inspection (调研)", "7月25日", None, "檀振华", [],
     ["戚文斌", "鲍玉梅"], ["葛立成", "庄静怡", "戚文斌", "檀振华"], "县城投集团",
     "7月25日，县委副书记、县长檀振华到县城投集团调研投融资和平台公司转型工作",
     ["县长檀振华到县城投集团调研", "常务副县长戚文斌", "国资办主任鲍玉梅参加调研", "董事长葛立成汇报了", "总经理庄静怡就",
      "戚文斌就平台公司市场化转型", "檀振华指出", "檀振华强调"]),
    ("be06", "市属国有企业一季度经济运行座谈会", "meeting (座谈会)", "4月11日", "廖清泉", None, ["三明市国资委"],
     ["黄志鸿", "赖晓燕", "罗永福", "余建勋"], ["严家驹", "池少华", "余建勋", "黄志鸿", "赖晓燕", "廖清泉"], None,
     "4月11日，市国资委党委书记、主任廖清泉主持召开市属国有企业一季度经济运行座谈会",
     ["主任廖清泉主持召开", _SM_FZR, "二级调研员罗永福", "副主任余建勋参加会议", "董事长严家驹", "董事长池少华等市属企业主要负责人分别汇报了",
      "余建勋介绍了", "黄志鸿、赖晓燕分别就", "廖清泉指出", "廖清泉要求"]),
    ("be07", "吴兴区文旅集团揭牌仪式", "ceremony (揭牌仪式)", "1月18日上午", "蒯俊杰", None, [],
     ["钮建平", "慎丽华", "沈梦洁", "闵国强", "费晓峰", "岑思远"], ["蒯俊杰", "沈梦洁", "闵国强", "钮建平"], None,
     "1月18日上午，湖州市吴兴区文化旅游发展集团有限公司揭牌成立",
     ["区长钮建平", "宣传部部长慎丽华为集团揭牌", "副区长蒯俊杰主持揭牌仪式", "蒯俊杰宣读了", "局长沈梦洁介绍了", "董事长闵国强作表态发言",
      "总经理费晓峰、副总经理岑思远参加仪式", "钮建平在讲话中指出"]),
    ("be08", "市属国有企业重点项目建设调研", "inspection (调研)", "8月9日", None, "查晓明", [],
     ["方德胜", "佘立群"], ["章学海", "佘立群", "查晓明"], None,
     "8月9日，副市长查晓明调研市属国有企业重点项目建设情况",
     ["副市长查晓明调研", _TL_GZW8, "董事长章学海关于项目建设进度的汇报", "佘立群介绍了", "查晓明强调"]),
    ("be09", "干部大会", "meeting (干部大会)", "4月16日上午", "邵启明", None, ["铜陵建设投资控股集团有限公司"],
     ["江雪琴", "方德胜"], ["江雪琴", "方德胜", "佘立群", "章学海"], None,
     "4月16日上午，集团召开干部大会，宣布市委关于集团主要领导调整的决定",
     ["市委组织部副部长江雪琴", _TL_GZW9, "总经理邵启明主持", "江雪琴宣读了市委决定", "方德胜在讲话中指出", "佘立群作表态发言",
      "章学海作离任发言"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("be01", "天外村游客服务中心提升项目", "project", "先后来到天外村游客服务中心提升项目"),
    ("be01", "泰山北麓文旅康养小镇项目", "project", "泰山北麓文旅康养小镇项目施工现场"),
    ("be02", "泰安高新区新材料产业园二期", "industrial_park", "推进泰安高新区新材料产业园二期"),
    ("be02", "大汶河生态廊道综合提升工程", "greening_project", "大汶河生态廊道综合提升工程等项目建设"),
    ("be02", "年产5万吨特种纤维项目", "project", "泰安高新区与山东鲁岳新材料有限公司年产5万吨特种纤维项目签约仪式举行"),
    ("be03", "磁湖东岸片区城市更新项目", "project", "加快推进磁湖东岸片区城市更新项目"),
    ("be03", "黄石新港物流园二期", "logistics_hub", "黄石新港物流园二期建设"),
    ("be04", "新能源汽车零部件产业园", "industrial_park", "共同投资建设新能源汽车零部件产业园"),
    ("be05", "涡河北岸棚户区改造三期项目", "housing_project", "涡河北岸棚户区改造三期项目"),
    ("be05", "涡阳经开区标准化厂房二期项目", "project", "涡阳经开区标准化厂房二期项目资金筹措"),
    ("be06", "三明高新区金沙园标准化厂房项目", "project", "三明高新区金沙园标准化厂房项目建设进展"),
    ("be06", "沙溪河生态廊道提升工程", "greening_project", "加快沙溪河生态廊道提升工程"),
    ("be06", "三明北站综合交通枢纽", "infrastructure_project", "三明北站综合交通枢纽等重点项目建设"),
    ("be07", "太湖溇港文化旅游区提升工程", "project", "加快推进太湖溇港文化旅游区提升工程"),
    ("be07", "织里童装文化街区改造项目", "project", "织里童装文化街区改造项目建设"),
    ("be08", "铜陵经开区铜基新材料产业园三期", "industrial_park", "先后来到铜陵经开区铜基新材料产业园三期"),
    ("be08", "西湖新区安置房项目", "housing_project", "西湖新区安置房项目"),
    ("be08", "长江路东延工程", "infrastructure_project", "长江路东延工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("be01", "天外村", "village", "in_project_name", "先后来到天外村游客服务中心提升项目"),
    ("be01", "泰山北麓", "area", "in_project_name", "泰山北麓文旅康养小镇项目施工现场"),
    ("be01", "泰山景区", "scenic_area", "standalone", "立足服务泰山景区和全市文旅产业发展的功能定位"),
    ("be01", "岱岳区", "district", "standalone", "要深化与岱岳区、泰山区的合作"),
    ("be01", "泰山区", "district", "standalone", "要深化与岱岳区、泰山区的合作"),
    ("be02", "泰安高新区", "development_zone", "in_project_name", "推进泰安高新区新材料产业园二期"),
    ("be02", "大汶河", "river", "in_project_name", "大汶河生态廊道综合提升工程等项目建设"),
    ("be03", "黄石经开区", "development_zone", "standalone", "揭晓辉介绍了黄石经开区所属平台公司资产划转准备情况"),
    ("be03", "磁湖", "lake", "in_project_name", "加快推进磁湖东岸片区城市更新项目"),
    ("be03", "黄石新港", "port", "in_project_name", "黄石新港物流园二期建设"),
    ("be04", "黄石经开区", "development_zone", "standalone", "战略合作签约仪式在黄石经开区举行"),
    ("be04", "黄石", "city", "standalone", "企业将把黄石作为华中地区生产基地"),
    ("be04", "华中地区", "region", "standalone", "企业将把黄石作为华中地区生产基地"),
    ("be05", "涡河", "river", "in_project_name", "涡河北岸棚户区改造三期项目"),
    ("be05", "涡阳经开区", "development_zone", "in_project_name", "涡阳经开区标准化厂房二期项目资金筹措"),
    ("be06", "三明高新区", "development_zone", "in_org_reference", "三明高新区管委会副主任余建勋参加会议"),
    ("be06", "金沙园", "industrial_park", "in_project_name", "三明高新区金沙园标准化厂房项目建设进展"),
    ("be06", "沙溪河", "river", "in_project_name", "加快沙溪河生态廊道提升工程"),
    ("be06", "三明北站", "transport_hub", "in_project_name", "三明北站综合交通枢纽等重点项目建设"),
    ("be07", "吴兴区", "district", "standalone", "组建文旅集团是吴兴区深化国资国企改革"),
    ("be07", "太湖溇港文化旅游区", "scenic_area", "in_project_name", "加快推进太湖溇港文化旅游区提升工程"),
    ("be07", "织里", "town", "in_project_name", "织里童装文化街区改造项目建设"),
    ("be07", "吴兴", "district", "standalone", "为吴兴高质量发展注入新动能"),
    ("be08", "铜陵经开区", "development_zone", "standalone", "铜陵经开区要做好征迁和要素保障"),
    ("be08", "西湖新区", "new_area", "in_project_name", "西湖新区安置房项目"),
    ("be08", "长江路", "road", "in_project_name", "长江路东延工程现场"),
    ("be09", "经开区", "development_zone", "standalone", "佘立群同志长期在经开区工作"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="be", conventions="set be (blind set: state-owned and platform companies with officials in 山东 泰安, 湖北 黄石, 安徽 涡阳县 and 铜陵, 福建 三明, 浙江 湖州 吴兴区: company roles (董事长, 总经理, the company's 党委书记 / 党委副书记, 提名为董事长人选) are no holdings and their people are company_executive persons; 国资委 is a department: 国资委党委 书记 / 委员 like a 党组, 国资委 主任 / 副主任, 二级调研员 as a post of the 国资委; 县国资办 主任; 市政府副秘书长 → 市政府; 经开区 / 高新区 党工委 and 管委会 with their city; 调研 → inspection, 座谈会 after site visits a second event; 签约仪式 and 揭牌仪式 are ceremonies with signers as attendees)",
          persons_note="Set be persons. id = corpus-wide person_id (be:蒯俊杰#1 of 黄石市国资委 and be:蒯俊杰#2 吴兴区副区长 are two people; be:邵启明#1 泰安市政府副秘书长 and be:邵启明#2 of the 铜陵建投集团 are two people; be:陶振宇 泰安 副市长 2022 → 市委常委、常务副市长 2024; be:晁德亮 泰安市国资委主任 2022 → 市政府副秘书长 2024; be:阚立峰 黄石市政府副秘书长 2022 → 副市长 2024; be:佘立群 铜陵经开区管委会副主任 2021 → a company's 党委书记 2024 (no holding); be:尹克勤 heads two 泰安 companies (no holding))")


if __name__ == "__main__":
    main()
