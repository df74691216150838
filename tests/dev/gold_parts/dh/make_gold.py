"""Write gold part ``dh`` (a blind set: trips outside the jurisdiction — 招商引资 trips, 考察学习 and 东西部协作 visits,
where the page's own officials meet another city's officials on one page) from the tables below.

Pages ``tests/dev/texts/dh*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 黔东南日报 digital edition (``国内统一刊号`` line, ``本报讯（通讯员
…）``, a ``县委副书记、县长…率考察组到广东省佛山市、中山市、深圳市开展招商考察``, company visits, two 合作框架协议, ``县委常委、
副县长…参加``); a 梁山县 page on its ``项目对接恳谈会`` in 深圳 (``县委书记、县人大常委会主任…主持``, an 出席 list of the
开发区管委会主任, 街道党工委书记 and 镇党委书记, 深圳 companies, ``（…招商局供稿）``); a 湘潭县融媒体中心 page (stamp
``来源：…融媒体中心 作者：… 编辑：… 2023-04-28 11:04:21``, ``—分享—``, a 深圳 招商推介会 where the 经开区 ``党工委副书记、
管委会主任`` 致辞 and a ``县委常委、统战部部长`` 主持); an 投资网 page of the 越城区 党政代表团 to 马边 (``区委书记…率…党政
代表团赴…考察对接新一轮东西部协作工作``, the host county's ``县委书记…，县委常委、常务副县长…接待考察``, a 联席会 and a signed
框架协议); the 永平县 site (``当前位置: 首页 / 政务公开 / 图片新闻``, ``发布时间`` / ``来源`` / ``【字体: 大 中 小】【打印文本】``,
a 县委书记's 党政代表团 in 上海市奉贤区 meeting two 镇党委书记); a 大足 page (the 忠县 县委书记 ``率队来足``; the hosts' chain
``区委书记…，区委副书记…，区委常委、区政府副区长…；忠县县委副书记、县政府县长…参加`` — both sides bare in one list); the
建德新闻网 page (``您当前的位置``, a 乡城县 党政代表团 ``来到我市``, ``市委常委、常务副市长…陪同考察``, a 交流座谈会, ``（记者
…）``, ``责任编辑:``); the 汉中日报 on the 巴中 党政代表团 (both cities' 市委书记 and 市长, ``市委常委、市委秘书长`` of the host,
a 战略合作框架协议); the 十堰日报 on the 北京市丰台区 党政代表团 (``区委副书记、区长``, the host's ``市委常委、常务副市长…主持``);
a 张家港 考察学习 page (a 县委常委、常务副县长 leading, the host 常务副市长 接待, ``审:`` / ``编:``); the 郑州晚报 中牟播报 page
(县委书记 leading 考察团 to 南京 / 常州 / 苏州 / 杭州, ``上一版 下一版``); a 宿松→黄梅 区域协作 page (``黄梅县委书记…、县长…接待
代表团一行``, ``县领导…参加``); a 象山→龙井 / 敦化 对口 page; the 衡东 page on the 湖南-长三角 洽谈周 (``（投资促进事务中心 …）``).
Places are real: 河南 信阳 (固始县, 潢川县), 四川 广元 (苍溪县), 湖南 郴州 (宜章县), 江西 赣州 (赣州经开区, 南康区), 陕西 汉中
(城固县, 汉中经开区) as guests; 广东 深圳 (龙岗区, 龙华区, 坪山区) and 东莞, 上海 松江区, 浙江 杭州 余杭区, 江苏 苏州 (苏州工业
园区), 扬州 and 常州 (武进区) as hosts.

Shapes: a county site's 县长 招商 trip to 深圳 with a 推介会暨签约仪式 where the host 副区长 致辞 (dh01); a city paper's
第01版 of the 市委书记's 党政代表团 in 上海市松江区 (the hosts' ``区委书记…，区委副书记、区长…``, a host zone's ``经开区管委会
副主任`` written bare after ``在松江经开区``, a 座谈会) (dh02); a county site's 东西部协作 trip to 余杭区 with a 联席会议 chaired
by the host and a signed 框架协议 (dh03); the city paper of the host side two years later: the 余杭 delegation in 苍溪县
(guests' ``余杭区委常委、常务副区长``; the hosts' ``副市长``, ``市委常委、苍溪县委书记``, ``县委副书记、县长``; a 挂职 cadre) (dh04);
a county 融媒体 portal (来源 / 作者 / 编辑 stamp, 分享到, 相关新闻) of a ``湘商回归`` 招商 trip led by 书记 and 县长 with a host
副区长 and a 恳谈会 (dh05); a city paper's A01版 of the 市长's trip to 东莞 where both cities' ``市政府秘书长`` / ``市政府副秘书长``
stand in one paragraph (dh06); a zone site's (赣州经开区) trip to 苏州工业园区 with bare ``区党工委`` / ``管委会`` of the page's
zone and the host zone's chain (dh07); a city paper's 第1版 of the 市长's 党政代表团 in 深圳市坪山区 with the guest 南康区委书记
and the host ``坪山区委书记…，区委副书记、区长…`` (dh08); a city paper's 第01版 of the 市委书记's 党政代表团 in 扬州 where
``市委常委、秘书长`` is the guest's (汉中) and the host's (扬州) in one paragraph, and a 框架协议 (dh09); a county site's
书记 招商 trip to 常州市武进区 with a 推介会 (dh10).

Identity cases:
- dh:凌振宇: 固始县委副书记、县长 in April 2022 (dh01) → 固始县委书记 in May 2024 (dh02, in the 信阳日报).
- dh:郗元朗: 苍溪县委书记 in May 2021 (dh03) → 广元市委常委、苍溪县委书记 in April 2023 (dh04).
- dh:母玉洁: 苍溪县 副县长 in 2021 (dh03) → 县委副书记、县长 in 2023 (dh04).
- dh:钱冠宇 (a host who moves): 余杭区委副书记、区长 in 2021 (dh03) → 余杭区委书记 leading the 2023 delegation (dh04).
- dh:阙明山: 宜章县委书记 in March 2023 (dh05) → 郴州市 副市长 in June 2024 (dh06). dh:黎卓然: 宜章县委副书记、县长 (dh05)
  → 宜章县委书记 (dh06).
- dh:熊砚秋: 赣州经开区党工委副书记、管委会主任 in July 2022 (dh07) → 赣州市委常委、赣州经开区党工委书记 in Sept 2024 (dh08).
- dh:葛立新#2: 城固县委副书记、县长 in July 2023 (dh09) → 城固县委书记 in Nov 2024 (dh10).
- the same post in two years: dh:施晓静 (余杭区委常委、常务副区长, host in 2021 and guest in 2023).
- two different 葛立新 in unrelated places: dh:葛立新#1 is 深圳市龙华区 副区长 (广东, a host, dh05); dh:葛立新#2 is of 城固县
  (陕西, dh09, dh10).
- one organ name for several places: bare ``区委`` is 松江区's (dh02), 余杭区's (dh03) and 坪山区's (dh08), always the
  host's, never the page's; bare ``县委`` is 固始's, 苍溪's, 宜章's, 城固's; bare ``经开区`` is 上海松江's (dh02, in a 信阳
  paper), 赣州's (dh08) and 汉中's (dh09), and ``县经开区`` 宜章's (dh05); ``市委常委、秘书长`` is 汉中's and 扬州's in one page
  (dh09); ``市政府秘书长`` (郴州) and ``市政府副秘书长`` (东莞) in one page (dh06).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts ad, af, bq, bs where they speak; decided here where they are silent):
- DECIDED HERE (host and guest on one page): a bare title chain takes the place of the official named with his place just
  before it in the same sentence (as af04): ``松江区委书记褚怀德，区委副书记、区长蒯景明`` → 松江区委 / 松江区政府;
  ``余杭区委书记俞东岳，区委副书记、区长钱冠宇，区委常委、常务副区长施晓静`` → 余杭区委 / 余杭区政府; ``坪山区委书记欧阳瀚文，
  区委副书记、区长赖思齐`` → 坪山区; ``东莞市委常委、常务副市长叶景澄，市政府副秘书长卢志聪`` → 东莞市政府 副秘书长; ``扬州市委
  副书记、市长岑湛文，市委常委、秘书长殷博涛`` → 扬州市委. A bare chain that opens a sentence or follows the page's own
  officials is the page's place (the site's county or zone, the paper's city): ``市委常委、秘书长雷振坤`` after ``市委书记
  窦鸿川率汉中市党政代表团`` → 汉中市委; ``市政府秘书长汤俊逸`` → 郴州市政府; ``副市长权晓川`` on the 广元日报 → 广元市政府;
  ``县委副书记、县长母玉洁`` after ``苍溪县委书记`` → 苍溪.
- DECIDED HERE (a host zone written bare): ``在松江经开区，经开区管委会副主任邬佳琪`` on the 信阳日报 → 上海松江经开区管委会
  副主任 (the zone of the host district, not the paper's city; label = city without 市 + the zone's short name, as bq's
  威海临港经开区); ``松山湖高新区管委会副主任`` on the 郴州日报 → 东莞松山湖高新区管委会; ``苏州工业园区党工委委员、管委会副主任``
  → 苏州工业园区党工委 委员 + 苏州工业园区管委会 副主任 (the name holds its city; no prefix added).
- Zones of the page's side: bare ``区党工委`` / ``管委会`` / ``区投资促进局`` on the 赣州经开区 site → 赣州经开区党工委 /
  赣州经开区管委会 / 赣州经开区投资促进局 (as bq); ``郴州高新区党工委``, ``汉中经开区党工委`` as written. DECIDED HERE: a
  county's zone written ``县经开区`` on the 宜章 portal → 宜章经开区党工委 (county name without 县 + 经开区, as the page itself
  writes 宜章经开区 later); ``固始经济开发区党工委`` kept as written (经济开发区 is not one of the long forms CONVENTIONS folds).
- District names: 深圳市龙华区 (a name 海口 has too) carries its city (CONVENTIONS): ``深圳市龙华区副区长葛立新`` → 深圳市龙华区政府
  副区长; 龙岗区, 坪山区, 松江区, 余杭区, 武进区, 南康区 are one district each in China: no prefix.
- ``市委常委、苍溪县委书记郗元朗`` → 广元市委 常委 + 苍溪县委 书记 (the 广元日报's city); ``市委常委、赣州经开区党工委书记`` →
  赣州市委 常委 + 赣州经开区党工委 书记; ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长 (as bs's 地委委员、秘书长).
- Not posts: DECIDED HERE ``余杭区挂职干部`` (as bs's 援疆干部; his 苍溪 posts are lines); 商会会长 (深圳市郴州商会, an
  association role), 董事长 (company heads: persons without a line). ``县招商服务中心主任`` → 城固县招商服务中心 主任 (the head
  of a county body is a post, as a department's 局长).
- One line per post per article; a title in the headline and again in the body gives one line (body evidence).
- Events (as ad07 and af04): an outbound trip (招商活动, 考察学习, 考察对接东西部协作工作) or a delegation's visit is an
  ``inspection`` led by its head (``招商考察`` / ``考察学习`` / ``考察``); DECIDED HERE: the members who 参加 / 随团考察 and
  the hosts who 陪同考察 are attendees; a host who 介绍 during the tour (邬佳琪, 温浩铭, 葛立新#1) is also a speaker of the
  tour. Two leaders ``县委书记阙明山，县委副书记、县长黎卓然率队``: the first is the leader, the second an attendee (as ad). The
  座谈会 / 联席会议 / 恳谈会 of the trip is a meeting of its own (chair when 主持; attendees: both sides' named members, as
  af04; speakers: who 介绍 / 表示 / 致辞 / 推介 / 通报 / 汇报); the two who sign an agreement at it are its attendees, the signing
  no event of its own. DECIDED HERE: a ``推介会暨签约仪式`` is a ``ceremony`` (as ad07); a ``推介会`` whose name holds no 签约
  is a ``meeting (推介会)`` even when projects are signed at it (dh10). A call on a 商会 with a 座谈 (dh01) is a meeting
  (座谈会) with the visiting head as attendee.
- Projects: works signed, planned or to be pushed with their names (…项目, …产业园一期 / 二期, a 共建 park, a 冷链物流中心
  ``logistics_hub``, a 就业帮扶车间 ``project``). DECIDED HERE: parks of the host or the page visited as they stand
  (坪山新能源汽车产业园, 城固县航空产业园 where a project 落户) are places (``zone_park``); a 共建 park to be built (余杭·苍溪
  东西部协作产业园, 赣深产业协作示范园) and a park's 一期 / 二期 are projects (``industrial_park``).
- Places: one row per name per file, named as written (深圳 and 深圳市, 江苏 and 江苏省, 松江 and 松江区 are separate rows, as
  bs); zones written bare are rows of their own (经开区); places inside titles, org references, event names and project
  names count. DECIDED HERE: ``湘南湘西承接产业转移示范区`` is a place (``region``); ``县经开区`` (no name) gives no row.
  Not annotated: demonyms (固始籍, 宜章籍), one-character short forms (深, 沪, 赣深), product and brand words (苍溪雪梨,
  红心猕猴桃, 南康家具 — so ``南康`` there gives no row), association and company names (深圳市固始商会, 深圳市郴州商会,
  鸿图精密模具有限公司), schools (深圳技术大学), site lines, mastheads, 来源 lines, 相关新闻, 上一篇 / 下一篇 and footers.
- Bylines: ``本报讯（记者 …）``, ``…讯（记者 …）`` reporter lines (the portal's ``作者：`` is the same person, one row);
  ``通讯员`` correspondent; ``（城固县融媒体中心 …）`` an author line; 编辑 / 责任编辑 / 本版编辑 / 审核 editor lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dh01_gushi.txt": (2022, "发布时间：2022-04-15 17:26", "固始县", [
        ("凌振宇率队赴深圳开展招商引资活动", "4月12日至14日", "2022-04-12", "4月12日至14日，县委副书记",
         "county site: the 县长's 招商 trip to 深圳; 推介会暨签约仪式 in 龙岗区 with the host 副区长; a 商会 座谈")]),
    "dh02_xinyang.txt": (2024, "2024年5月10日　星期五", "信阳市", [
        ("晏承志率信阳市党政代表团赴上海松江考察学习", "5月8日至9日", "2024-05-08", "本报讯（记者 甘梦洁）5月8日至9日",
         "city paper 第01版: the 市委书记's 党政代表团 in 松江区; hosts' bare 区委 chain; the host zone's bare 经开区管委会; 座谈会")]),
    "dh03_cangxi.txt": (2021, "发布日期：2021-05-24 09:12", "苍溪县", [
        ("郗元朗率县党政代表团赴杭州市余杭区考察对接东西部协作工作", "5月20日至21日", "2021-05-20", "5月20日至21日，县委书记",
         "county site: 东西部协作 trip to 余杭区; hosts' bare chain after 余杭区委书记; 联席会议 chaired by the host; 框架协议")]),
    "dh04_guangyuan.txt": (2023, "2023年4月14日　星期五", "广元市", [
        ("杭州市余杭区党政代表团来我市考察东西部协作工作", "4月12日至13日", "2023-04-12", "本报讯（记者 伏晓燕）4月12日至13日",
         "host city paper: the 余杭 delegation (its head now 区委书记) in 苍溪县; hosts' 副市长, 市委常委、县委书记, 县长; a 挂职 cadre; 座谈会")]),
    "dh05_yizhang.txt": (2023, "2023-03-17 18:42:10", "宜章县", [
        ("阙明山率队赴深圳开展“湘商回归”招商活动", "3月14日至16日", "2023-03-14", "宜章县融媒体中心3月17日讯",
         "county portal: 书记 and 县长 lead a 招商 trip to 深圳; host 深圳市龙华区副区长; 恳谈会 chaired by a 县委常委、副县长")]),
    "dh06_chenzhou.txt": (2024, "2024年6月21日　星期五", "郴州市", [
        ("康嘉树率郴州市代表团赴东莞考察学习并开展招商活动", "6月18日至19日", "2024-06-18", "本报讯（记者 侯子墨 通讯员 欧阳晓彤）",
         "city paper A01版: the 市长's trip to 东莞; the former 宜章县委书记 now 副市长; guest 市政府秘书长 and host 市政府副秘书长; 座谈会")]),
    "dh07_ganzhou_jingkai.txt": (2022, "发布时间：2022-07-08", "赣州经开区", [
        ("熊砚秋率队赴苏州工业园区考察学习并开展招商活动", "7月5日至7日", "2022-07-05", "7月5日至7日，区党工委副书记",
         "zone site: the 管委会主任's trip to 苏州工业园区; bare 区党工委 / 管委会 of the page's zone; the host zone's chain; 座谈")]),
    "dh08_ganzhou.txt": (2024, "2024年9月27日　星期五", "赣州市", [
        ("赣州市党政代表团赴深圳坪山区考察", "9月25日至26日", "2024-09-25", "本报讯（记者 曾韵涵）9月25日至26日",
         "city paper 第1版: the 市长's 党政代表团 in 坪山区; 市委常委、经开区党工委书记; guest 南康区委书记 and host bare 区委 chain; 座谈会")]),
    "dh09_hanzhong.txt": (2023, "2023年7月14日　星期五", "汉中市", [
        ("窦鸿川率汉中市党政代表团赴扬州考察", "7月11日至12日", "2023-07-11", "本报讯（记者 孟楚涵）7月11日至12日",
         "city paper 第01版: the 市委书记's 党政代表团 in 扬州; 市委常委、秘书长 of guest and host in one paragraph; 座谈会 and 框架协议")]),
    "dh10_chenggu.txt": (2024, "发布时间：2024-11-08 16:20", "城固县", [
        ("葛立新带队赴江苏常州开展招商引资活动", "11月5日至7日", "2024-11-05", "11月5日至7日，县委书记",
         "county site: the 县委书记's 招商 trip to 常州市武进区; host 区委常委、副区长; 推介会 with signed projects")]),
}

_D01_PARTY = "县委常委、常务副县长檀文杰，副县长柯晓岚，固始经济开发区党工委书记詹立伟，县商务局局长骆明哲参加活动"
_D02_GUESTS = "市委常委、常务副市长庞少卿，市政府秘书长纪明远，固始县委书记凌振宇，潢川县委副书记、县长滕伊凡随团考察"
_D02_HOSTS = "松江区委书记褚怀德，区委副书记、区长蒯景明陪同考察或参加座谈"
_D03_PARTY = "县委常委、常务副县长敬晓峰，县委常委、组织部部长苟丽萍，副县长母玉洁参加考察"
_D03_HOSTS = "余杭区委书记俞东岳，区委副书记、区长钱冠宇，区委常委、常务副区长施晓静等陪同考察"
_D04_HOSTS = "副市长权晓川，市委常委、苍溪县委书记郗元朗，县委副书记、县长母玉洁陪同考察"
_D05_LEAD = "县委书记阙明山，县委副书记、县长黎卓然率队赴深圳"
_D05_PARTY = "县委常委、副县长肖沛然，县经开区党工委书记谭晓帆及县商务局"
_D06_GUESTS = "副市长阙明山，市政府秘书长汤俊逸，宜章县委书记黎卓然，郴州高新区党工委书记龚雪芹随团考察"
_D06_HOSTS = "东莞市委常委、常务副市长叶景澄，市政府副秘书长卢志聪陪同考察"
_D07_PARTY = "区党工委委员、管委会副主任钟毓敏，区投资促进局局长廖青松参加"
_D08_GUESTS = "市委常委、赣州经开区党工委书记熊砚秋，市政府副秘书长池晓蔓，南康区委书记蓝宏图随团考察"
_D08_HOSTS = "坪山区委书记欧阳瀚文，区委副书记、区长赖思齐陪同考察并参加座谈"
_D09_GUESTS = "市委常委、秘书长雷振坤，汉中经开区党工委书记阎书铭，城固县委副书记、县长葛立新随团考察"
_D09_HOSTS = "扬州市委副书记、市长岑湛文，市委常委、秘书长殷博涛陪同考察"
_D10_PARTY = "县委常委、副县长巩雪莹，县招商服务中心主任雒志强参加"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 信阳 (固始, 潢川) and the hosts in 深圳 龙岗区 and 上海 松江区
    "dh:凌振宇": ("凌振宇", "official", "固始县", [
        ("dh01", "固始县委", "副书记", "县委副书记、县长凌振宇率队赴广东省深圳市", "2022-04: bare 县委 on the 固始 site (identity case: 县委书记 in 2024, dh02)"),
        ("dh01", "固始县政府", "县长", "县委副书记、县长凌振宇率队赴广东省深圳市", "named in the headline too"),
        ("dh02", "固始县委", "书记", "固始县委书记凌振宇", "2024-05: now 县委书记, in the 信阳日报")], []),
    "dh:檀文杰": ("檀文杰", "official", "固始县", [
        ("dh01", "固始县委", "常委", "县委常委、常务副县长檀文杰", None),
        ("dh01", "固始县政府", "常务副县长", "县委常委、常务副县长檀文杰", None)], []),
    "dh:柯晓岚": ("柯晓岚", "official", "固始县", [
        ("dh01", "固始县政府", "副县长", "副县长柯晓岚", None)], []),
    "dh:詹立伟": ("詹立伟", "official", "固始县", [
        ("dh01", "固始经济开发区党工委", "书记", "固始经济开发区党工委书记詹立伟", "DECIDED HERE: 经济开发区 kept as written (not a folded long form)")], []),
    "dh:骆明哲": ("骆明哲", "official", "固始县", [
        ("dh01", "固始县商务局", "局长", "县商务局局长骆明哲", None)], []),
    "dh:聂海帆": ("聂海帆", "official", "龙岗区", [
        ("dh01", "龙岗区政府", "副区长", "深圳市龙岗区副区长聂海帆", "host; 龙岗区 is one district in China: no city prefix")], []),
    "dh:申俊豪": ("申俊豪", "company", "深圳", [], ["dh01"]),
    "dh:晏承志": ("晏承志", "official", "信阳市", [
        ("dh02", "信阳市委", "书记", "市委书记晏承志率信阳市党政代表团", "named in the headline too; bare 市委 in the 信阳日报")], []),
    "dh:庞少卿": ("庞少卿", "official", "信阳市", [
        ("dh02", "信阳市委", "常委", _D02_GUESTS, "guest side: the paper's city"),
        ("dh02", "信阳市政府", "常务副市长", _D02_GUESTS, None)], []),
    "dh:纪明远": ("纪明远", "official", "信阳市", [
        ("dh02", "信阳市政府", "秘书长", _D02_GUESTS, None)], []),
    "dh:滕伊凡": ("滕伊凡", "official", "潢川县", [
        ("dh02", "潢川县委", "副书记", _D02_GUESTS, None),
        ("dh02", "潢川县政府", "县长", _D02_GUESTS, None)], []),
    "dh:褚怀德": ("褚怀德", "official", "松江区", [
        ("dh02", "松江区委", "书记", _D02_HOSTS, "host")], []),
    "dh:蒯景明": ("蒯景明", "official", "松江区", [
        ("dh02", "松江区委", "副书记", _D02_HOSTS, "DECIDED HERE: bare 区委 after 松江区委书记 = the host's, not the paper's"),
        ("dh02", "松江区政府", "区长", _D02_HOSTS, None)], []),
    "dh:邬佳琪": ("邬佳琪", "official", "松江区", [
        ("dh02", "上海松江经开区管委会", "副主任", "经开区管委会副主任邬佳琪", "DECIDED HERE: bare 经开区 after ``在松江经开区`` = the host zone (上海松江经开区), not 信阳's")], []),
    # ---- 广元 (苍溪) and the hosts / guests of 杭州 余杭区
    "dh:郗元朗": ("郗元朗", "official", "苍溪县", [
        ("dh03", "苍溪县委", "书记", "县委书记郗元朗率县党政代表团", "2021-05; named in the headline too (identity case: 市委常委 in 2023, dh04)"),
        ("dh04", "广元市委", "常委", _D04_HOSTS, "2023-04: now also 广元市委常委 (bare 市委 in the 广元日报)"),
        ("dh04", "苍溪县委", "书记", _D04_HOSTS, None)], []),
    "dh:敬晓峰": ("敬晓峰", "official", "苍溪县", [
        ("dh03", "苍溪县委", "常委", _D03_PARTY, None),
        ("dh03", "苍溪县政府", "常务副县长", _D03_PARTY, None)], []),
    "dh:苟丽萍": ("苟丽萍", "official", "苍溪县", [
        ("dh03", "苍溪县委", "常委", _D03_PARTY, None),
        ("dh03", "苍溪县委组织部", "部长", _D03_PARTY, "组织部 after 县委常委 = 苍溪县委组织部")], []),
    "dh:母玉洁": ("母玉洁", "official", "苍溪县", [
        ("dh03", "苍溪县政府", "副县长", _D03_PARTY, "2021 (identity case: 县长 in 2023, dh04)"),
        ("dh04", "苍溪县委", "副书记", _D04_HOSTS, "2023: bare 县委 after 苍溪县委书记 = 苍溪"),
        ("dh04", "苍溪县政府", "县长", _D04_HOSTS, None)], []),
    "dh:俞东岳": ("俞东岳", "official", "余杭区", [
        ("dh03", "余杭区委", "书记", _D03_HOSTS, "host")], []),
    "dh:钱冠宇": ("钱冠宇", "official", "余杭区", [
        ("dh03", "余杭区委", "副书记", _D03_HOSTS, "2021, host: bare 区委 after 余杭区委书记 (identity case: 区委书记 in 2023, dh04)"),
        ("dh03", "余杭区政府", "区长", _D03_HOSTS, None),
        ("dh04", "余杭区委", "书记", "杭州市余杭区委书记钱冠宇", "2023: now 区委书记, leading the delegation")], []),
    "dh:施晓静": ("施晓静", "official", "余杭区", [
        ("dh03", "余杭区委", "常委", _D03_HOSTS, "2021, host"),
        ("dh03", "余杭区政府", "常务副区长", _D03_HOSTS, None),
        ("dh04", "余杭区委", "常委", "余杭区委常委、常务副区长施晓静", "2023, guest: the same posts"),
        ("dh04", "余杭区政府", "常务副区长", "余杭区委常委、常务副区长施晓静", None)], []),
    "dh:权晓川": ("权晓川", "official", "广元市", [
        ("dh04", "广元市政府", "副市长", _D04_HOSTS, "bare 副市长 in the 广元日报")], []),
    "dh:邵一鸣": ("邵一鸣", "official", "苍溪县", [
        ("dh04", "苍溪县委", "常委", "余杭区挂职干部、苍溪县委常委、副县长邵一鸣", "DECIDED HERE: ``余杭区挂职干部`` is no post"),
        ("dh04", "苍溪县政府", "副县长", "余杭区挂职干部、苍溪县委常委、副县长邵一鸣", None)], []),
    # ---- 郴州 (宜章) and the hosts of 深圳 龙华区 and 东莞
    "dh:阙明山": ("阙明山", "official", "宜章县", [
        ("dh05", "宜章县委", "书记", _D05_LEAD, "2023-03; named in the headline too (identity case: 郴州 副市长 in 2024, dh06)"),
        ("dh06", "郴州市政府", "副市长", _D06_GUESTS, "2024-06: now 郴州 副市长")], []),
    "dh:黎卓然": ("黎卓然", "official", "宜章县", [
        ("dh05", "宜章县委", "副书记", _D05_LEAD, "2023-03 (identity case: 县委书记 in 2024, dh06)"),
        ("dh05", "宜章县政府", "县长", _D05_LEAD, None),
        ("dh06", "宜章县委", "书记", _D06_GUESTS, "2024-06: now 宜章县委书记")], []),
    "dh:肖沛然": ("肖沛然", "official", "宜章县", [
        ("dh05", "宜章县委", "常委", _D05_PARTY, None),
        ("dh05", "宜章县政府", "副县长", _D05_PARTY, None)], []),
    "dh:谭晓帆": ("谭晓帆", "official", "宜章县", [
        ("dh05", "宜章经开区党工委", "书记", _D05_PARTY, "DECIDED HERE: ``县经开区`` on the 宜章 portal = 宜章经开区")], []),
    "dh:葛立新#1": ("葛立新", "official", "深圳市龙华区", [
        ("dh05", "深圳市龙华区政府", "副区长", "深圳市龙华区副区长葛立新", "host, 深圳 (广东); 龙华区 (海口 has one too) keeps its city; not the 葛立新 of 城固县 (dh09, dh10)")], []),
    "dh:黄锦程": ("黄锦程", "association", "深圳", [], ["dh05"]),
    "dh:康嘉树": ("康嘉树", "official", "郴州市", [
        ("dh06", "郴州市委", "副书记", "市委副书记、市长康嘉树率郴州市代表团", "named in the headline too"),
        ("dh06", "郴州市政府", "市长", "市委副书记、市长康嘉树率郴州市代表团", None)], []),
    "dh:汤俊逸": ("汤俊逸", "official", "郴州市", [
        ("dh06", "郴州市政府", "秘书长", _D06_GUESTS, "guest side: the paper's city")], []),
    "dh:龚雪芹": ("龚雪芹", "official", "郴州市", [
        ("dh06", "郴州高新区党工委", "书记", _D06_GUESTS, None)], []),
    "dh:叶景澄": ("叶景澄", "official", "东莞市", [
        ("dh06", "东莞市委", "常委", _D06_HOSTS, "host"),
        ("dh06", "东莞市政府", "常务副市长", _D06_HOSTS, None)], []),
    "dh:卢志聪": ("卢志聪", "official", "东莞市", [
        ("dh06", "东莞市政府", "副秘书长", _D06_HOSTS, "DECIDED HERE: bare 市政府 after 东莞市委常委… in the hosts' sentence = 东莞's, not 郴州's")], []),
    "dh:温浩铭": ("温浩铭", "official", "东莞市", [
        ("dh06", "东莞松山湖高新区管委会", "副主任", "松山湖高新区管委会副主任温浩铭", "host zone, labelled with its city")], []),
    # ---- 赣州 (赣州经开区, 南康区) and the hosts of 苏州工业园区 and 深圳 坪山区
    "dh:熊砚秋": ("熊砚秋", "official", "赣州经开区", [
        ("dh07", "赣州经开区党工委", "副书记", "区党工委副书记、管委会主任熊砚秋", "2022-07: bare 区党工委 on the zone's site (identity case: 书记 and 市委常委 in 2024, dh08)"),
        ("dh07", "赣州经开区管委会", "主任", "区党工委副书记、管委会主任熊砚秋", None),
        ("dh08", "赣州市委", "常委", _D08_GUESTS, "2024-09"),
        ("dh08", "赣州经开区党工委", "书记", _D08_GUESTS, "2024-09: now 党工委书记")], []),
    "dh:钟毓敏": ("钟毓敏", "official", "赣州经开区", [
        ("dh07", "赣州经开区党工委", "委员", _D07_PARTY, None),
        ("dh07", "赣州经开区管委会", "副主任", _D07_PARTY, None)], []),
    "dh:廖青松": ("廖青松", "official", "赣州经开区", [
        ("dh07", "赣州经开区投资促进局", "局长", _D07_PARTY, "bare 区 department on the zone's site")], []),
    "dh:沈静姝": ("沈静姝", "official", "苏州工业园区", [
        ("dh07", "苏州工业园区党工委", "委员", "苏州工业园区党工委委员、管委会副主任沈静姝", "host zone; its name holds its city"),
        ("dh07", "苏州工业园区管委会", "副主任", "苏州工业园区党工委委员、管委会副主任沈静姝", None)], []),
    "dh:祁炳坤": ("祁炳坤", "official", "赣州市", [
        ("dh08", "赣州市委", "副书记", "市委副书记、市长祁炳坤率赣州市党政代表团", None),
        ("dh08", "赣州市政府", "市长", "市委副书记、市长祁炳坤率赣州市党政代表团", None)], []),
    "dh:池晓蔓": ("池晓蔓", "official", "赣州市", [
        ("dh08", "赣州市政府", "副秘书长", _D08_GUESTS, None)], []),
    "dh:蓝宏图": ("蓝宏图", "official", "南康区", [
        ("dh08", "南康区委", "书记", _D08_GUESTS, "guest: 南康区 (赣州), written with its name")], []),
    "dh:欧阳瀚文": ("欧阳瀚文", "official", "坪山区", [
        ("dh08", "坪山区委", "书记", _D08_HOSTS, "host")], []),
    "dh:赖思齐": ("赖思齐", "official", "坪山区", [
        ("dh08", "坪山区委", "副书记", _D08_HOSTS, "bare 区委 after 坪山区委书记 = 坪山's, not 南康's"),
        ("dh08", "坪山区政府", "区长", _D08_HOSTS, None)], []),
    # ---- 汉中 (城固, 汉中经开区) and the hosts of 扬州 and 常州 武进区
    "dh:窦鸿川": ("窦鸿川", "official", "汉中市", [
        ("dh09", "汉中市委", "书记", "市委书记窦鸿川率汉中市党政代表团", "named in the headline too")], []),
    "dh:雷振坤": ("雷振坤", "official", "汉中市", [
        ("dh09", "汉中市委", "常委", _D09_GUESTS, "guest: the paper's city"),
        ("dh09", "汉中市委", "秘书长", _D09_GUESTS, None)], []),
    "dh:阎书铭": ("阎书铭", "official", "汉中市", [
        ("dh09", "汉中经开区党工委", "书记", _D09_GUESTS, None)], []),
    "dh:葛立新#2": ("葛立新", "official", "城固县", [
        ("dh09", "城固县委", "副书记", _D09_GUESTS, "2023-07, 城固 (陕西); not the 葛立新 of 深圳 龙华区 (dh05) (identity case: 县委书记 in 2024, dh10)"),
        ("dh09", "城固县政府", "县长", _D09_GUESTS, None),
        ("dh10", "城固县委", "书记", "县委书记葛立新带队赴江苏省常州市", "2024-11: now 县委书记; named in the headline too")], []),
    "dh:岑湛文": ("岑湛文", "official", "扬州市", [
        ("dh09", "扬州市委", "副书记", _D09_HOSTS, "host"),
        ("dh09", "扬州市政府", "市长", _D09_HOSTS, None)], []),
    "dh:殷博涛": ("殷博涛", "official", "扬州市", [
        ("dh09", "扬州市委", "常委", _D09_HOSTS, "DECIDED HERE: bare 市委常委、秘书长 in the hosts' sentence = 扬州's (the same words are 汉中's in the guests' sentence)"),
        ("dh09", "扬州市委", "秘书长", _D09_HOSTS, None)], []),
    "dh:巩雪莹": ("巩雪莹", "official", "城固县", [
        ("dh10", "城固县委", "常委", _D10_PARTY, None),
        ("dh10", "城固县政府", "副县长", _D10_PARTY, None)], []),
    "dh:雒志强": ("雒志强", "official", "城固县", [
        ("dh10", "城固县招商服务中心", "主任", _D10_PARTY, "DECIDED HERE: the head of a county body is a post")], []),
    "dh:恽承宇": ("恽承宇", "official", "武进区", [
        ("dh10", "武进区委", "常委", "常州市武进区委常委、副区长恽承宇", "host; 武进区 is one district in China: no prefix"),
        ("dh10", "武进区政府", "副区长", "常州市武进区委常委、副区长恽承宇", None)], []),
    "dh:蒋乐天": ("蒋乐天", "company", "常州", [], ["dh10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dh01", "祝晓蕾", "责任编辑", "editor", "责任编辑：祝晓蕾"),
    ("dh02", "甘梦洁", "记者", "reporter", "本报讯（记者 甘梦洁）"),
    ("dh02", "宁亦舒", "本版编辑", "editor", "本版编辑：宁亦舒"),
    ("dh03", "何欣怡", "责任编辑", "editor", "责任编辑：何欣怡"),
    ("dh04", "伏晓燕", "记者", "reporter", "本报讯（记者 伏晓燕）"),
    ("dh04", "鲜博文", "责任编辑", "editor", "责任编辑：鲜博文"),
    ("dh05", "邓文韬", "记者", "reporter", "宜章县融媒体中心3月17日讯（记者 邓文韬）"),
    ("dh05", "曹珊珊", "编辑", "editor", "责任编辑：曹珊珊"),
    ("dh06", "侯子墨", "记者", "reporter", "本报讯（记者 侯子墨 通讯员 欧阳晓彤）"),
    ("dh06", "欧阳晓彤", "通讯员", "correspondent", "本报讯（记者 侯子墨 通讯员 欧阳晓彤）"),
    ("dh06", "郝书瑶", "编辑", "editor", "（编辑 郝书瑶）"),
    ("dh07", "赖晓霞", "编辑", "editor", "编辑：赖晓霞"),
    ("dh07", "刘敏捷", "审核", "editor", "审核：刘敏捷"),
    ("dh08", "曾韵涵", "记者", "reporter", "本报讯（记者 曾韵涵）"),
    ("dh08", "钟思远", "本版责任编辑", "editor", "本版责任编辑：钟思远"),
    ("dh09", "孟楚涵", "记者", "reporter", "本报讯（记者 孟楚涵）"),
    ("dh09", "衡雪梅", "责任编辑", "editor", "责任编辑：衡雪梅"),
    ("dh10", "严子谦", "供稿", "author", "（城固县融媒体中心 严子谦）"),
    ("dh10", "郑伟健", "编辑", "editor", "编辑：郑伟健"),
    ("dh10", "卜文博", "审核", "editor", "审核：卜文博"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("dh01", "固始县赴深圳招商引资活动", "inspection (招商考察)", "4月12日至14日", None, "凌振宇", [],
     ["檀文杰", "柯晓岚", "詹立伟", "骆明哲"], [], "深圳",
     "4月12日至14日，县委副书记、县长凌振宇率队赴广东省深圳市开展招商引资活动",
     ["县长凌振宇率队赴广东省深圳市开展招商引资活动", _D01_PARTY]),
    ("dh01", "固始（深圳）电子信息产业转移项目推介会暨签约仪式", "ceremony (签约仪式)", "13日下午", "檀文杰", None, [],
     ["聂海帆", "凌振宇", "詹立伟", "申俊豪"], ["聂海帆", "詹立伟", "申俊豪", "凌振宇"], "深圳龙岗区",
     "13日下午，固始（深圳）电子信息产业转移项目推介会暨签约仪式在龙岗区举行",
     ["深圳市龙岗区副区长聂海帆出席并致辞，檀文杰主持", "詹立伟作固始经济开发区产业推介", "董事长申俊豪代表签约企业发言",
      "凌振宇在推介会上表示", "聂海帆表示"]),
    ("dh01", "在深固始籍企业家座谈", "meeting (座谈会)", "4月12日至14日", None, None, [],
     ["凌振宇"], [], "深圳市固始商会",
     "凌振宇一行还走访了深圳市固始商会，与在深固始籍企业家座谈",
     ["凌振宇一行还走访了深圳市固始商会"]),
    ("dh02", "信阳市党政代表团赴上海市松江区考察学习", "inspection (考察学习)", "5月8日至9日", None, "晏承志", [],
     ["庞少卿", "纪明远", "凌振宇", "滕伊凡", "褚怀德", "蒯景明", "邬佳琪"], ["邬佳琪"], "上海市松江区",
     "5月8日至9日，市委书记晏承志率信阳市党政代表团赴上海市松江区考察学习",
     ["市委书记晏承志率信阳市党政代表团赴上海市松江区考察学习", _D02_GUESTS, _D02_HOSTS, "经开区管委会副主任邬佳琪介绍了"]),
    ("dh02", "产业协作座谈会", "meeting (座谈会)", "9日上午", None, None, [],
     ["晏承志", "庞少卿", "纪明远", "凌振宇", "滕伊凡", "褚怀德", "蒯景明"],
     ["褚怀德", "晏承志", "庞少卿", "凌振宇", "滕伊凡", "蒯景明"], "上海市松江区",
     "9日上午，两地召开产业协作座谈会",
     ["褚怀德代表区委、区政府对代表团一行表示欢迎", "晏承志表示", "庞少卿介绍了信阳产业发展", "凌振宇、滕伊凡分别推介了",
      "蒯景明表示"]),
    ("dh03", "苍溪县党政代表团赴杭州市余杭区考察对接东西部协作工作", "inspection (考察)", "5月20日至21日", None, "郗元朗", [],
     ["敬晓峰", "苟丽萍", "母玉洁", "俞东岳", "钱冠宇", "施晓静"], [], "杭州市余杭区",
     "5月20日至21日，县委书记郗元朗率县党政代表团赴浙江省杭州市余杭区考察对接新一轮东西部协作工作",
     ["县委书记郗元朗率县党政代表团", _D03_PARTY, _D03_HOSTS]),
    ("dh03", "余杭区—苍溪县东西部协作工作联席会议", "meeting (联席会议)", "21日上午", "俞东岳", None, [],
     ["郗元朗", "敬晓峰", "苟丽萍", "母玉洁", "钱冠宇", "施晓静"], ["俞东岳", "郗元朗", "钱冠宇", "敬晓峰"], "杭州市余杭区",
     "21日上午，余杭区—苍溪县东西部协作工作联席会议召开",
     ["俞东岳主持会议并讲话", "郗元朗代表县委、县政府感谢余杭", "钱冠宇介绍了余杭区结对帮扶工作安排", "敬晓峰汇报了苍溪县东西部协作项目推进情况",
      "施晓静和敬晓峰代表两地签署了"]),
    ("dh04", "杭州市余杭区党政代表团来广元考察东西部协作工作", "inspection (考察)", "4月12日至13日", None, "钱冠宇", [],
     ["施晓静", "权晓川", "郗元朗", "母玉洁"], [], "苍溪县",
     "4月12日至13日，杭州市余杭区委书记钱冠宇率余杭区党政代表团来我市考察东西部协作工作",
     ["杭州市余杭区委书记钱冠宇率余杭区党政代表团来我市", "余杭区委常委、常务副区长施晓静随团考察", _D04_HOSTS]),
    ("dh04", "余杭区—苍溪县东西部协作工作座谈会", "meeting (座谈会)", "13日上午", None, None, [],
     ["钱冠宇", "施晓静", "权晓川", "郗元朗", "母玉洁", "邵一鸣"], ["郗元朗", "钱冠宇", "权晓川", "邵一鸣"], "苍溪县",
     "13日上午，余杭区—苍溪县东西部协作工作座谈会在苍溪县召开",
     ["郗元朗介绍了两年来苍溪县东西部协作工作成效", "钱冠宇表示", "权晓川代表市委、市政府感谢余杭区", "副县长邵一鸣汇报了协作项目推进情况"]),
    ("dh05", "宜章县赴深圳“湘商回归”招商活动", "inspection (招商考察)", "3月14日至16日", None, "阙明山", [],
     ["黎卓然", "肖沛然", "谭晓帆", "葛立新"], ["葛立新", "阙明山"], "深圳",
     "3月14日至16日，县委书记阙明山，县委副书记、县长黎卓然率队赴深圳开展“湘商回归”招商活动",
     [_D05_LEAD, _D05_PARTY, "深圳市龙华区副区长葛立新陪同阙明山一行走访了", "介绍了龙华区数字经济和时尚产业发展情况", "阙明山要求"]),
    ("dh05", "宜章籍在深企业家恳谈会", "meeting (恳谈会)", "15日晚", "肖沛然", None, [],
     ["阙明山", "黎卓然", "谭晓帆", "黄锦程"], ["阙明山", "黎卓然", "谭晓帆", "黄锦程"], "深圳",
     "15日晚，宜章籍在深企业家恳谈会召开",
     ["肖沛然主持恳谈会", "阙明山向在深宜章籍企业家介绍了", "黎卓然通报了全县营商环境优化举措", "谭晓帆推介了宜章经开区电子信息产业园二期",
      "宜章籍企业家黄锦程表示"]),
    ("dh06", "郴州市代表团赴东莞考察学习并开展招商活动", "inspection (考察学习)", "6月18日至19日", None, "康嘉树", [],
     ["阙明山", "汤俊逸", "黎卓然", "龚雪芹", "叶景澄", "卢志聪", "温浩铭"], ["温浩铭"], "东莞市",
     "6月18日至19日，市委副书记、市长康嘉树率郴州市代表团赴广东省东莞市考察学习",
     ["市长康嘉树率郴州市代表团赴广东省东莞市考察学习", _D06_GUESTS, _D06_HOSTS, "松山湖高新区管委会副主任温浩铭介绍了"]),
    ("dh06", "郴州—东莞产业合作交流座谈会", "meeting (座谈会)", "19日上午", None, None, [],
     ["康嘉树", "阙明山", "汤俊逸", "黎卓然", "龚雪芹", "叶景澄", "卢志聪"], ["叶景澄", "康嘉树", "阙明山", "黎卓然", "龚雪芹"], "东莞市",
     "19日上午，郴州—东莞产业合作交流座谈会举行",
     ["叶景澄介绍了东莞产业发展", "康嘉树表示", "阙明山通报了", "黎卓然、龚雪芹分别作了"]),
    ("dh07", "赴苏州工业园区考察学习并开展招商活动", "inspection (考察学习)", "7月5日至7日", None, "熊砚秋", [],
     ["钟毓敏", "廖青松", "沈静姝"], ["沈静姝", "钟毓敏"], "苏州工业园区",
     "7月5日至7日，区党工委副书记、管委会主任熊砚秋率队赴江苏省苏州市",
     ["管委会主任熊砚秋率队赴江苏省苏州市", _D07_PARTY, "管委会副主任沈静姝介绍了", "钟毓敏要求"]),
    ("dh07", "与苏州工业园区管委会座谈交流", "meeting (座谈会)", "6日上午", None, None, [],
     ["熊砚秋", "钟毓敏", "廖青松", "沈静姝"], ["沈静姝", "熊砚秋"], "苏州工业园区",
     "6日上午，熊砚秋一行与园区管委会座谈交流",
     ["熊砚秋一行与园区管委会座谈交流", "管委会副主任沈静姝介绍了", "熊砚秋表示"]),
    ("dh08", "赣州市党政代表团赴深圳市坪山区考察", "inspection (考察)", "9月25日至26日", None, "祁炳坤", [],
     ["熊砚秋", "池晓蔓", "蓝宏图", "欧阳瀚文", "赖思齐"], [], "深圳市坪山区",
     "9月25日至26日，市委副书记、市长祁炳坤率赣州市党政代表团赴深圳市坪山区考察",
     ["市长祁炳坤率赣州市党政代表团赴深圳市坪山区考察", _D08_GUESTS, _D08_HOSTS]),
    ("dh08", "赣州—坪山产业协作座谈会", "meeting (座谈会)", "26日上午", None, None, [],
     ["祁炳坤", "熊砚秋", "池晓蔓", "蓝宏图", "欧阳瀚文", "赖思齐"], ["欧阳瀚文", "祁炳坤", "熊砚秋", "蓝宏图", "赖思齐"], "深圳市坪山区",
     "26日上午，赣州—坪山产业协作座谈会召开",
     ["欧阳瀚文对代表团一行表示欢迎", "祁炳坤表示", "熊砚秋、蓝宏图分别推介了", "赖思齐介绍了坪山区企业外溢布局需求"]),
    ("dh09", "汉中市党政代表团赴扬州考察学习", "inspection (考察学习)", "7月11日至12日", None, "窦鸿川", [],
     ["雷振坤", "阎书铭", "葛立新", "岑湛文", "殷博涛"], [], "扬州市",
     "7月11日至12日，市委书记窦鸿川率汉中市党政代表团赴江苏省扬州市考察学习",
     ["市委书记窦鸿川率汉中市党政代表团赴江苏省扬州市考察学习", _D09_GUESTS, _D09_HOSTS]),
    ("dh09", "扬州·汉中产业合作座谈会", "meeting (座谈会)", "12日上午", None, None, [],
     ["窦鸿川", "雷振坤", "阎书铭", "葛立新", "岑湛文", "殷博涛"], ["岑湛文", "窦鸿川", "阎书铭", "葛立新"], "扬州市",
     "12日上午，扬州·汉中产业合作座谈会召开",
     ["岑湛文介绍了扬州经济社会发展情况", "窦鸿川表示", "阎书铭作了经开区投资环境推介", "葛立新推介了城固县",
      "雷振坤和殷博涛代表两市签署了"]),
    ("dh10", "城固县赴江苏常州招商引资活动", "inspection (招商考察)", "11月5日至7日", None, "葛立新", [],
     ["巩雪莹", "雒志强", "恽承宇"], [], "常州市武进区",
     "11月5日至7日，县委书记葛立新带队赴江苏省常州市开展招商引资活动",
     ["县委书记葛立新带队赴江苏省常州市开展招商引资活动", _D10_PARTY, "常州市武进区委常委、副区长恽承宇陪同考察"]),
    ("dh10", "城固县（常州）航空零部件产业招商推介会", "meeting (推介会)", "6日下午", "巩雪莹", None, [],
     ["恽承宇", "葛立新", "雒志强", "蒋乐天"], ["恽承宇", "雒志强", "葛立新", "蒋乐天"], "常州",
     "6日下午，城固县（常州）航空零部件产业招商推介会举行",
     ["恽承宇出席并致辞", "巩雪莹主持推介会", "雒志强作城固县投资环境和重点招商项目推介", "葛立新向与会企业家介绍了",
      "董事长蒋乐天代表企业发言", "葛立新表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dh01", "锐鑫新能源年产2万吨锂电池正极材料项目", "project", "其中锐鑫新能源年产2万吨锂电池正极材料项目总投资9.2亿元"),
    ("dh03", "余杭·苍溪东西部协作产业园", "industrial_park", "与余杭共建余杭·苍溪东西部协作产业园"),
    ("dh04", "余杭·苍溪东西部协作产业园一期", "industrial_park", "先后察看了余杭·苍溪东西部协作产业园一期"),
    ("dh04", "苍溪红心猕猴桃冷链物流中心", "logistics_hub", "苍溪红心猕猴桃冷链物流中心和陵江镇"),
    ("dh04", "陵江镇易地搬迁安置点就业帮扶车间", "project", "陵江镇易地搬迁安置点就业帮扶车间"),
    ("dh04", "余杭·苍溪东西部协作产业园二期", "industrial_park", "推动余杭·苍溪东西部协作产业园二期尽快开工"),
    ("dh05", "宜章经开区电子信息产业园二期", "industrial_park", "谭晓帆推介了宜章经开区电子信息产业园二期"),
    ("dh05", "莽山文旅康养综合体", "project", "莽山文旅康养综合体等招商项目"),
    ("dh05", "鸿图精密模具生产基地项目", "project", "签订了鸿图精密模具生产基地项目投资协议"),
    ("dh06", "瑞联精密连接器生产基地项目", "project", "其中瑞联精密连接器生产基地项目落户郴州高新区"),
    ("dh07", "瀚驰年产10GWh动力电池项目", "project", "就瀚驰年产10GWh动力电池项目达成投资意向"),
    ("dh08", "赣深产业协作示范园", "industrial_park", "共建赣深产业协作示范园"),
    ("dh10", "翔宇航空精密部件生产基地项目", "project", "其中翔宇航空精密部件生产基地项目落户城固县航空产业园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dh01", "广东省", "province", "standalone", "赴广东省深圳市开展招商引资活动"),
    ("dh01", "深圳市", "city", "standalone", "赴广东省深圳市开展招商引资活动"),
    ("dh01", "深圳", "city", "standalone", "凌振宇率队赴深圳开展招商引资活动"),
    ("dh01", "固始", "county", "standalone", "推介固始投资环境"),
    ("dh01", "固始经济开发区", "development_zone", "in_org_reference", "固始经济开发区党工委书记詹立伟"),
    ("dh01", "龙岗区", "district", "standalone", "龙岗区坂田街道的多家电子信息企业"),
    ("dh01", "坂田街道", "sub_district_office", "standalone", "龙岗区坂田街道的多家电子信息企业"),
    ("dh02", "上海", "city", "standalone", "晏承志率信阳市党政代表团赴上海松江考察学习"),
    ("dh02", "松江", "district", "standalone", "晏承志率信阳市党政代表团赴上海松江考察学习"),
    ("dh02", "信阳市", "city", "in_org_reference", "率信阳市党政代表团赴上海市松江区考察学习"),
    ("dh02", "上海市", "city", "standalone", "率信阳市党政代表团赴上海市松江区考察学习"),
    ("dh02", "松江区", "district", "standalone", "率信阳市党政代表团赴上海市松江区考察学习"),
    ("dh02", "信阳", "city", "standalone", "推动信阳与长三角产业协作走深走实"),
    ("dh02", "长三角", "region", "standalone", "推动信阳与长三角产业协作走深走实"),
    ("dh02", "固始县", "county", "in_title", "固始县委书记凌振宇"),
    ("dh02", "潢川县", "county", "in_title", "潢川县委副书记、县长滕伊凡"),
    ("dh02", "松江经开区", "development_zone", "standalone", "先后来到松江经开区、车墩镇影视基地"),
    ("dh02", "车墩镇", "town", "standalone", "先后来到松江经开区、车墩镇影视基地"),
    ("dh02", "洞泾镇", "town", "standalone", "洞泾镇的智能制造企业"),
    ("dh02", "经开区", "development_zone", "in_org_reference", "经开区管委会副主任邬佳琪"),
    ("dh03", "杭州市", "city", "standalone", "赴浙江省杭州市余杭区考察对接"),
    ("dh03", "余杭区", "district", "standalone", "赴浙江省杭州市余杭区考察对接"),
    ("dh03", "浙江省", "province", "standalone", "赴浙江省杭州市余杭区考察对接"),
    ("dh03", "未来科技城", "area", "standalone", "先后来到未来科技城梦想小镇"),
    ("dh03", "梦想小镇", "area", "standalone", "先后来到未来科技城梦想小镇"),
    ("dh03", "良渚街道", "sub_district_office", "standalone", "良渚街道数字乡村展示中心"),
    ("dh03", "径山镇", "town", "standalone", "径山镇茶园"),
    ("dh03", "余杭", "district", "standalone", "考察学习余杭在数字经济"),
    ("dh03", "苍溪县", "county", "standalone", "敬晓峰汇报了苍溪县东西部协作项目推进情况"),
    ("dh03", "苍溪", "county", "standalone", "感谢余杭长期以来对苍溪的倾情帮扶"),
    ("dh03", "杭州", "city", "standalone", "打入杭州市场"),
    ("dh04", "杭州市", "city", "in_org_reference", "杭州市余杭区委书记钱冠宇"),
    ("dh04", "余杭区", "district", "in_org_reference", "杭州市余杭区委书记钱冠宇"),
    ("dh04", "苍溪县", "county", "standalone", "代表团一行深入苍溪县歧坪镇、陵江镇"),
    ("dh04", "歧坪镇", "town", "standalone", "代表团一行深入苍溪县歧坪镇、陵江镇"),
    ("dh04", "陵江镇", "town", "standalone", "代表团一行深入苍溪县歧坪镇、陵江镇"),
    ("dh04", "余杭", "district", "standalone", "在余杭的倾力支持下"),
    ("dh04", "苍溪", "county", "standalone", "帮助苍溪把特色农产品卖得更远"),
    ("dh04", "广元", "city", "standalone", "对广元发展的大力支持"),
    ("dh05", "深圳", "city", "standalone", "率队赴深圳开展“湘商回归”招商活动"),
    ("dh05", "深圳市", "city", "standalone", "在深圳市龙华区，深圳市龙华区副区长葛立新"),
    ("dh05", "龙华区", "district", "standalone", "在深圳市龙华区，深圳市龙华区副区长葛立新"),
    ("dh05", "观澜街道", "sub_district_office", "standalone", "观澜街道的鸿图精密模具有限公司"),
    ("dh05", "大浪时尚小镇", "area", "standalone", "大浪时尚小镇，介绍了"),
    ("dh05", "宜章", "county", "standalone", "向宜章梯度转移"),
    ("dh05", "宜章经开区", "development_zone", "standalone", "宜章经开区承接产业转移的优势"),
    ("dh05", "莽山", "mountain", "in_project_name", "莽山文旅康养综合体等招商项目"),
    ("dh05", "宜章县", "county", "standalone", "宜章县与鸿图精密模具有限公司签订了"),
    ("dh06", "郴州市", "city", "in_org_reference", "率郴州市代表团赴广东省东莞市考察学习"),
    ("dh06", "广东省", "province", "standalone", "率郴州市代表团赴广东省东莞市考察学习"),
    ("dh06", "东莞市", "city", "standalone", "率郴州市代表团赴广东省东莞市考察学习"),
    ("dh06", "东莞", "city", "standalone", "康嘉树率郴州市代表团赴东莞考察学习并开展招商活动"),
    ("dh06", "宜章县", "county", "in_title", "宜章县委书记黎卓然"),
    ("dh06", "郴州高新区", "development_zone", "in_org_reference", "郴州高新区党工委书记龚雪芹"),
    ("dh06", "松山湖高新区", "development_zone", "standalone", "先后来到松山湖高新区、滨海湾新区和长安镇"),
    ("dh06", "滨海湾新区", "area", "standalone", "先后来到松山湖高新区、滨海湾新区和长安镇"),
    ("dh06", "长安镇", "town", "standalone", "先后来到松山湖高新区、滨海湾新区和长安镇"),
    ("dh06", "松山湖", "area", "standalone", "在松山湖，松山湖高新区管委会副主任"),
    ("dh06", "郴州", "city", "standalone", "与郴州加强合作"),
    ("dh06", "湘南湘西承接产业转移示范区", "region", "standalone", "郴州正全力建设湘南湘西承接产业转移示范区"),
    ("dh07", "苏州工业园区", "development_zone", "standalone", "熊砚秋率队赴苏州工业园区考察学习并开展招商活动"),
    ("dh07", "江苏省", "province", "standalone", "率队赴江苏省苏州市，考察学习"),
    ("dh07", "苏州市", "city", "standalone", "率队赴江苏省苏州市，考察学习"),
    ("dh07", "独墅湖科教创新区", "area", "standalone", "独墅湖科教创新区和纳米城"),
    ("dh07", "纳米城", "area", "standalone", "独墅湖科教创新区和纳米城"),
    ("dh07", "苏州", "city", "standalone", "走访了苏州、昆山等地"),
    ("dh07", "昆山", "county_level_city", "standalone", "走访了苏州、昆山等地"),
    ("dh08", "赣州市", "city", "in_org_reference", "赣州市党政代表团赴深圳坪山区考察"),
    ("dh08", "深圳", "city", "standalone", "赣州市党政代表团赴深圳坪山区考察"),
    ("dh08", "坪山区", "district", "standalone", "赣州市党政代表团赴深圳坪山区考察"),
    ("dh08", "深圳市", "city", "standalone", "率赣州市党政代表团赴深圳市坪山区考察"),
    ("dh08", "赣州经开区", "development_zone", "in_org_reference", "市委常委、赣州经开区党工委书记熊砚秋"),
    ("dh08", "南康区", "district", "in_title", "南康区委书记蓝宏图"),
    ("dh08", "坪山高新区", "development_zone", "standalone", "先后来到坪山高新区、坪山新能源汽车产业园"),
    ("dh08", "坪山新能源汽车产业园", "zone_park", "standalone", "先后来到坪山高新区、坪山新能源汽车产业园"),
    ("dh08", "坪山", "district", "standalone", "详细了解坪山在新能源汽车"),
    ("dh08", "赣州", "city", "standalone", "赣州与深圳山水相连"),
    ("dh08", "经开区", "development_zone", "standalone", "经开区与坪山区两家企业签订了合作协议"),
    ("dh09", "扬州", "city", "standalone", "窦鸿川率汉中市党政代表团赴扬州考察"),
    ("dh09", "汉中市", "city", "in_org_reference", "窦鸿川率汉中市党政代表团赴扬州考察"),
    ("dh09", "江苏省", "province", "standalone", "赴江苏省扬州市考察学习"),
    ("dh09", "扬州市", "city", "standalone", "赴江苏省扬州市考察学习"),
    ("dh09", "汉中经开区", "development_zone", "in_org_reference", "汉中经开区党工委书记阎书铭"),
    ("dh09", "城固县", "county", "in_title", "城固县委副书记、县长葛立新"),
    ("dh09", "扬州经开区", "development_zone", "standalone", "先后来到扬州经开区、广陵区"),
    ("dh09", "广陵区", "district", "standalone", "先后来到扬州经开区、广陵区"),
    ("dh09", "运河三湾生态文化公园", "park", "standalone", "以及运河三湾生态文化公园"),
    ("dh09", "汉中", "city", "standalone", "值得汉中认真学习借鉴"),
    ("dh09", "经开区", "development_zone", "standalone", "阎书铭作了经开区投资环境推介"),
    ("dh10", "江苏", "province", "standalone", "葛立新带队赴江苏常州开展招商引资活动"),
    ("dh10", "常州", "city", "standalone", "葛立新带队赴江苏常州开展招商引资活动"),
    ("dh10", "江苏省", "province", "standalone", "带队赴江苏省常州市开展招商引资活动"),
    ("dh10", "常州市", "city", "standalone", "带队赴江苏省常州市开展招商引资活动"),
    ("dh10", "武进区", "district", "standalone", "考察学习武进区先进制造业发展经验"),
    ("dh10", "武进", "district", "standalone", "在武进，葛立新一行"),
    ("dh10", "武进国家高新区", "development_zone", "standalone", "先后考察了武进国家高新区、湖塘镇"),
    ("dh10", "湖塘镇", "town", "standalone", "先后考察了武进国家高新区、湖塘镇"),
    ("dh10", "城固县", "county", "standalone", "雒志强作城固县投资环境"),
    ("dh10", "城固", "county", "standalone", "介绍了城固航空产业基础"),
    ("dh10", "城固县航空产业园", "zone_park", "standalone", "落户城固县航空产业园"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dh", conventions="set dh (blind set: trips outside the jurisdiction — 招商 trips to 深圳 / 东莞 / 常州, 考察学习 in 上海松江 / 苏州工业园区 / 扬州 / 坪山, 东西部协作 visits between 苍溪县 and 余杭区 — of 河南 信阳 (固始, 潢川), 四川 广元 (苍溪), 湖南 郴州 (宜章), 江西 赣州 (赣州经开区, 南康区) and 陕西 汉中 (城固, 汉中经开区); guests and hosts on one page: a bare chain after an official written with his place in the same sentence takes that place (松江区, 余杭区, 坪山区, 东莞市, 扬州市), otherwise the page's place; a host zone written bare after its name takes the host's label (上海松江经开区, 东莞松山湖高新区); 深圳市龙华区 keeps its city; a trip is an inspection led by its head with members and 陪同 hosts as attendees, its 座谈会 / 联席会议 / 恳谈会 a meeting of its own, a 推介会暨签约仪式 a ceremony; 挂职干部 and 商会会长 no posts; one line per post per article)",
          persons_note="Set dh persons. id = corpus-wide person_id (dh:葛立新#1, 深圳市龙华区副区长 (广东, a host), and dh:葛立新#2 of 城固县 (陕西) are two people; dh:凌振宇 固始县长 2022 → 县委书记 2024; dh:郗元朗 苍溪县委书记 2021 → 广元市委常委、苍溪县委书记 2023; dh:母玉洁 苍溪副县长 2021 → 县长 2023; dh:钱冠宇 余杭区长 2021 → 区委书记 2023; dh:阙明山 宜章县委书记 2023 → 郴州副市长 2024; dh:黎卓然 宜章县长 2023 → 县委书记 2024; dh:熊砚秋 赣州经开区管委会主任 2022 → 市委常委、党工委书记 2024; dh:葛立新#2 城固县长 2023 → 县委书记 2024)")


if __name__ == "__main__":
    main()
