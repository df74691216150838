"""The patterns of :mod:`extract.meetings`: compiled regular expressions and the word lists they are built from.

No logic here, only the shapes of the genre's event sentences (召开, 举行, 开幕, 调研 …), so that the extractor reads as
the decisions it makes. The words come from the lexicons in ``extract/lexicons/``.
"""

from __future__ import annotations

import re

from .resources import alternation, words

_MW = alternation("meeting_words.txt")
_EW = alternation("event_words.txt")
_IV = alternation("inspection_verbs.txt")
_LW = alternation("lecture_words.txt")
_LEADS = alternation("event_name_leads.txt")
_CLAUSE = r"[^，。；！？：]"
_PLACE = rf"(?:在(?P<place>{_CLAUSE}{{2,30}}?))?"
_ADVERB = r"(?:隆重|顺利|率先|同步|正式|如期)?"

#: ``…召开座谈会。``: a meeting of a kind that follows a visit (later_meeting_words.txt) is named by its word alone.
_LATER = alternation("later_meeting_words.txt")
LATER_WORDS = frozenset(words("later_meeting_words.txt"))
#: Words of a sentence that asks for what it names (各部门要…召开专题会议), read before a meeting named by its kind.
MODAL_RE = re.compile(r"要|将|应当|应该|必须|需要|务必")
def said_before(rx: re.Pattern[str], sentence: str, at: int) -> bool:
    """Does ``rx`` match in the few letters of ``sentence`` before ``at`` (bounded: a giant sentence stays linear)?"""
    return rx.search(sentence, max(0, at - 64), at) is not None


#: A notice's announcement of a meeting to come (定于4月6日召开…, 拟于近期召开…): no event yet.
ANNOUNCED_RE = re.compile(r"(?:定于|拟于|将于|计划于)[^。；]{0,60}$")
CONVENE_RE = re.compile(
    rf"(?P<subj>{_CLAUSE}*?)(?:组织)?召开(?!的)(?P<name>{_CLAUSE}{{1,60}}(?:{_MW})|(?:{_LATER})(?=[，。；！？]|$))")
CONVENED_RE = re.compile(rf"(?P<name>{_CLAUSE}{{1,60}}(?:{_MW}))(?:隆重|顺利|率先)?召开(?!的)")
#: ``Y仪式在P举行``, ``Y会议在P隆重开幕``, ``Y开园仪式同步举行``.
#: ``…会议在完成各项议程后，26日下午在兰州闭幕``: what a session did before it closed.
_AGENDA = r"(?:在?(?:圆满)?完成(?:了)?各项(?:议程|任务)后，?(?:\d{1,2}日(?:上午|下午|晚上)?)?)?"
OPENED_RE = re.compile(
    rf"(?P<name>{_CLAUSE}{{1,60}}?(?:{_MW}|{_EW})){_AGENDA}{_PLACE}{_ADVERB}"
    r"(?:(?:举行|开幕|闭幕|闭会|召开|启动(?![^。]*启动仪式)|进入第[一二三四五六七八九十\d]+天)(?=[，。；！？、]|$)"
    r"|(?<=活动)(?=走进))"  # …拉练活动启动 (…启动仪式 named later: that); …观摩活动进入第二天; …拉练活动走进麻城市
)
#: ``X文化展在P开幕``: a show, a fair or a festival opens; the event is its opening ceremony (X开幕式).
SHOW_OPENS_RE = re.compile(
    rf"(?P<name>[^，。；！？：\s★☆●◆■▲]{{2,40}}?(?:{alternation('show_words.txt')})){_PLACE}{_ADVERB}开幕(?![式会])"
)
#: ``在随后召开的座谈会上``: a meeting named where it is the scene of what follows.
SCENE_RE = re.compile(rf"(?:召开|举行)的(?P<name>{_CLAUSE}{{0,30}}?(?:{_MW}))[上中]")
#: ``座谈会上，某某汇报了…``: a sentence that opens at a meeting of a kind that follows a visit names it (在随后召开的
#: 点评会上: the 点评会).
SCENE_OPENS_RE = re.compile(
    rf"^[ ]*在?(?:(?:随后|当天|会后)?(?:召开|举行)的)?(?P<name>{_CLAUSE}{{0,12}}?(?:{_LATER}))上[，,]")
HOLD_RE = re.compile(rf"(?P<subj>{_CLAUSE}*?)举行(?P<name>{_CLAUSE}{{1,60}}(?:{_EW}|{_MW}))")
LAUNCH_RE = re.compile(
    rf"(?P<subj>{_CLAUSE}*?)(?:组织|共同)?开展(?P<name>“[^”]{{1,30}}”{_CLAUSE}{{0,15}}?活动|{_CLAUSE}{{2,16}}?演练"
    rf"|{_CLAUSE}{{2,24}}?(?:观摩|拉练)活动)"
)
LECTURE_RE = re.compile(rf"(?:讲授|讲|上)了?(?:一堂)?(?P<name>{_LW})")
THEME_RE = re.compile(r"以“(?P<theme>[^”]{1,60})”为主题")
#: An inspection verb and what it looks at; not a verb that names an office (督查局, 调研室, 检查站, 考察组).
INSPECT_RE = re.compile(rf"(?P<verb>{_IV})(?![组员团时室局站]|发现|结束|完毕|办[^理好]|中[，。])(?P<obj>{_CLAUSE}{{2,40}})")
#: ``深入钱江世纪城部分科技企业调研``: what is visited before the verb that ends the clause.
VISIT_RE = re.compile(
    rf"(?:深入|到|赴|走进|前往|对|在)(?P<obj>{_CLAUSE}{{2,30}}?)(?:开展|进行)?了?(?:集中|专题)?(?P<verb>{_IV})(?=[，。；！？]|$)"
)
#: ``带队先后到A、B、C，就T开展调研``: the places in one clause, the topic after 就 in the next.
TOPIC_VISIT_RE = re.compile(
    rf"(?:深入|到|赴|前往)(?P<place>{_CLAUSE}{{2,40}}?)，就(?P<obj>{_CLAUSE}{{2,60}}?)(?:开展|进行)了?(?:集中|专题)?"
    rf"(?P<verb>{_IV})(?=[，。；！？]|$)"
)
#: ``率调研组赴安化县，围绕“T”开展专题调研``: the topic after 围绕 names the visit, the place before it is where.
AROUND_VISIT_RE = re.compile(
    rf"(?:(?:深入|到|赴|前往)(?P<place>{_CLAUSE}{{2,20}}?)，)?围绕(?P<obj>“[^”]{{2,40}}”|{_CLAUSE}{{2,30}}?)(?:开展|进行)了?"
    rf"(?:集中|专题)?(?P<verb>{_IV})(?=[，。；！？]|$)"
)
#: ``先后来到A项目、B项目和C项目现场进行考察调研``: a list of sites too long for :data:`VISIT_RE`.
LIST_VISIT_RE = re.compile(
    rf"(?:深入|到|赴|走进|前往)(?P<obj>{_CLAUSE}{{2,40}}、{_CLAUSE}{{2,120}}?)(?:开展|进行)了?(?:集中|专题)?"
    rf"(?P<verb>(?:{_IV}){{1,2}})(?=[，。；！？]|$)"
)
#: ``X率简阳市党政代表团来我区考察``: a leader takes a delegation somewhere; the delegation names the visit
#: (``…考察交流``, ``…考察闽宁协作工作``: the verb with 交流, or before a short topic).
DELEGATION_VISIT_RE = re.compile(
    rf"率(?:领)?(?P<obj>{_CLAUSE}{{2,24}}?(?:代表团|考察团|调研组|调研团|工作组|督导组|检查组|督查组))(?:一行)?"
    rf"(?:来|到|赴|前往|深入)(?P<place>(?:(?!开展|进行){_CLAUSE}){{1,20}}?)，?(?:开展|进行)?了?(?:学习|交流|参观)?"
    rf"(?P<verb>(?:{_IV})(?:交流)?)"
    rf"(?:{_CLAUSE}{{2,40}}?)?(?=[，。；！？]|$)"
)
#: ``X率队赴深圳开展招商引资活动``: a trip to another place for a named activity; the activity names the visit.
TRIP_RE = re.compile(
    rf"(?:率队|带队|率团|率(?:领)?{_CLAUSE}{{2,24}}?(?:代表团|考察团|招商团))(?:赴|前往)(?P<place>{_CLAUSE}{{1,20}}?)"
    rf"开展(?P<obj>{_CLAUSE}{{2,24}}?活动)(?P<verb>)(?=[，。；！？]|$)"
)
#: A group that makes a visit with no leader named (``区领导一行先后来到…``, ``代表团一行考察了…``).
GROUP_SUBJECT_RE = re.compile(r"一行(?:先后|分别|一同)?(?:来|实地|深入)?$")
#: A later sentence set before or after the lead's event (``会前，``, ``签约仪式前，``, ``检查结束后，``, ``调研后，``):
#: it reports another event (检查结束后，某某主持召开…调度会).
EVENT_EVE_RE = re.compile(rf"^\s*[^，。；]{{0,10}}?(?:会见|会谈|签约|会|仪式|活动|{_IV})(?:结束|完毕)?[前后]，")
#: A later sentence that opens on its own day (``★4月11日　盟委副书记…``, ``8月30日，…会议召开``): a chronicle's
#: entry or the event a list page is about; it may report any event.
DATED_OPENER_RE = re.compile(r"^\s*[★☆●◆■▲]?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日")
#: ``…出席签约仪式``: a ceremony known only from those who attended it; ``市委书记某参加…人大…代表团审议``, ``…分组讨论``:
#: a delegation's review or a group's discussion at a congress's or conference's session, known the same way; and
#: ``市委书记某出席全市竹产业发展推进会并讲话``: a meeting its guest speaks at.
ATTENDED_CEREMONY_RE = re.compile(
    rf"(?:出席|参加|见证)(?:了)?(?P<name>{_CLAUSE}{{0,20}}?仪式|{_CLAUSE}{{0,30}}?(?:代表团审议|分组讨论)"
    rf"|{_CLAUSE}{{4,30}}?(?:{_MW})(?=并(?:讲话|致辞|作)))")
PROJECT_SUBJECT_RE = re.compile(rf"{_CLAUSE}{{2,40}}(?:项目|工程)(?:[一二三四五六七八九十\d]+期)?")
#: A lead that opens with a project or a park breaking ground or starting production (6月11日，某古城保护利用提升工程
#: 二期开工。; 某产业园三期项目集中开工): the ceremony, named as written.
STARTED_RE = re.compile(
    r"^(?:[^，。]{0,16}?讯[（(][^）)]{0,40}[）)])?\s*(?:\d{1,2}月\d{1,2}日(?:上午|下午)?，)?(?P<name>(?![等共])(?:(?!宣布|推动|确保|出席|举行|加快|力争|仪式)[\u4e00-\u9fff“”]){4,40}?"
    r"(?:项目|工程|产业园|园区|基地|生产线)(?:[一二三四五六七八九十\d]+期)?(?:项目)?(?:集中|正式|顺利|全面)?(?:开工|投产|竣工|开园))"
    r"(?:建设|运营)?(?=[。，；！]|$)")
#: ``区委常委会召开会议``: a standing body convenes an unnamed meeting, which takes the body's name.
BODY_MEETS_RE = re.compile(
    rf"(?P<body>{_CLAUSE}{{0,12}}?(?:常委会|常务会|党工委|党委|党组))召开(?P<what>(?:专题)?会议)(?=[，。；])"
)
#: ``县委书记某某会见了某公司董事长某某一行``: a leader receives visitors (a meeting named by its words).
RECEPTION_RE = re.compile(rf"(?P<host>{_CLAUSE}{{2,30}}?)(?:会见|接见)了?(?P<guest>{_CLAUSE}{{2,40}}?)(?=[，。；！？]|$)")
#: ``市委第二巡察组向辰溪县委反馈巡察情况``: an inspection team reports its findings to the body it inspected (a meeting).
FEEDBACK_RE = re.compile(
    rf"(?P<group>{_CLAUSE}{{2,20}}?(?:巡视组|巡察组|督察组|督导组))向(?P<target>{_CLAUSE}{{2,20}}?)"
    r"反馈(?P<what>巡视|巡察|督察|督导)?(?:工作)?(?:情况|意见)"
)
#: A title and a name at the end of an inspection's subject (``县委副书记、县长 庹建新``).
TITLED_NAME_RE = re.compile(rf"(?:{alternation('person_title_ends.txt')})\s*(?P<name>[\u4e00-\u9fff]{{2,3}})$")
#: A title and a name before the verb that takes them somewhere (``盟委副书记宝音图深入我旗…``).
TITLED_VISITOR_RE = re.compile(
    rf"(?:{alternation('person_title_ends.txt')})\s*(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:带队|一行)?(?:深入|到|赴|前往|来到|走进)"
)
DATE_RE = re.compile(r"\d{1,2}月\d{1,2}日(?:[、至-]\d{1,2}日)*(?:上午|下午|晚上|晚)?")
LEADING_DATE_RE = re.compile(r"^(?:本报讯|本报消息)?\s*(?:\d{1,2}月\d{1,2}日\S*?|近日|日前)?\s*")
LEADS_RE = re.compile(rf"^(?:{_LEADS})+")
ORG_SUBJECT_RE = re.compile(r"(?:组|团|委|局|厅|部|办|区|县|市|镇|乡|街道|办事处|管委会|政府)$")
SUBJECT_PLACE_RE = re.compile(rf"在(?P<place>{_CLAUSE}{{2,30}})$")
TO_PLACE_RE = re.compile(rf"到(?P<place>{_CLAUSE}{{2,20}}?)(?:实地|深入|带队)?$")
SESSION_RE = re.compile(
    "(?:" + alternation("session_bodies.txt") + r").*(?:第[一二三四五六七八九十\d]+次|[一二三四五六七八九十\d]+届"
    r"[一二三四五六七八九十\d]+次)(?:全体)?会议$"
    "|(?:" + alternation("plenary_bodies.txt") + r").*(?:全体会议|全体[(（]扩大[)）]会议|全会)$"
    r"|[一二三四五六七八九十\d]+届(?:人大|政协)[一二三四五六七八九十\d]+次(?:全体)?会议$"  # 市四届人大六次会议
)
#: A numbered meeting's name (``市政府十五届第36次常务会议``) and the term in it (``十五届``).
NUMBERED_RE = re.compile(r"^(?P<body>.*?)第(?P<n>[一二三四五六七八九十百\d]+)次(?P<what>\S*会议)$")
TERM_RE = re.compile(r"[一二三四五六七八九十\d]+届")
NO_PLACES = ("这里", "此", "该地", "当地", "这儿")
PAGE_WORDS = ("当前位置", "首页", "发布时间", "来源：", ">", "＞")
#: A scope, not a body that organizes (全区重点项目建设推进会议召开): 全区, 全县, 各镇, 我市.
SCOPE_RE = re.compile(r"[全各本我该此](?:区|县|市|镇|乡|省|旗|街道)")
