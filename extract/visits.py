"""Inspections (调研, 检查, 考察, 督导 …): a leader or a group goes somewhere, read from one sentence.

Split from :mod:`extract.meetings`, which turns what :func:`visit` finds into an event of kind ``inspection``, and
what :func:`receptions` finds (a leader receiving visitors: ``某某会见了…一行``) into a ``meeting``.
The shapes, first by where they start in the sentence:

- ``X调研/督导Z`` (the verb, then what is inspected) and ``X深入/到P…调研`` (what is visited before the verb);
- ``X率Y代表团来P考察``: the delegation names the visit, X leads it;
- ``X率队赴P开展招商引资活动``: a trip to another place, named by its activity;
- ``X带队先后到A、B、C，就T开展调研``: the places in one clause, the topic after 就 in the next (the name is
  the topic); ``X率调研组赴P，围绕“T”开展专题调研`` the same with 围绕;
- ``X一行先后来到A项目、B项目和C项目现场进行考察调研``: a list of sites too long for a name; the event is named
  by what the sites have in common (``项目考察调研``).

The leader is the first person the sentence names before the verb, the others named there go with them. A visit
with no named leader is kept when a body (``县政府``) or a group (``区领导一行``, ``代表团一行``) makes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .event_patterns import (
    AROUND_VISIT_RE,
    DATED_OPENER_RE,
    DELEGATION_VISIT_RE,
    EVENT_EVE_RE,
    FEEDBACK_RE,
    GROUP_SUBJECT_RE,
    INSPECT_RE,
    LEADING_DATE_RE,
    LIST_VISIT_RE,
    ORG_SUBJECT_RE,
    RECEPTION_RE,
    SESSION_RE,
    TITLED_NAME_RE,
    TITLED_VISITOR_RE,
    TO_PLACE_RE,
    TOPIC_VISIT_RE,
    TRIP_RE,
    VISIT_RE,
)
from .model import Article, Meeting, Mention
from .resources import alternation, words

#: The page's own place written as a pronoun (我县, 本市).
_OWN_PLACE_RE = re.compile("[我本][市县区镇乡旗]")
#: List separators of a visit's sites and the words after the last site (…项目现场进行调研).
_ITEM_SEP_RE = re.compile("[、和及与]")
_SITE_TAIL_RE = re.compile("(?:现场|一线|等地|等)+$")


@dataclass(frozen=True)
class Visit:
    name: str
    span: tuple[int, int]  # in the sentence
    leader: str | None
    organizer: str | None
    place: str | None
    companions: tuple[str, ...]


#: Where a host receives guests, between the host's name and 会见 (某某在市行政中心会见…).
_VENUE_RE = re.compile(r"(?<=[\u4e00-\u9fff])在[\u4e00-\u9fff]{2,15}$")
#: Hosts who escort a visiting group (一行在甲、乙陪同下，考察了…): the visit is the group's.
_ESCORTED_RE = re.compile(r"在[^，；]{1,40}?陪同下$")
#: The verbs of a visit told with 在 (省委书记某某在榆林、延安调研).
_AT_VERBS = frozenset({"调研", "考察", "视察", "督导", "检查", "督查", "调研督导", "督导检查"})


def visit(sentence: str, names: list[str], leaders: set[str | None]) -> Visit | None:
    """The first inspection ``sentence`` reports, or None. ``leaders``: leaders of inspections already found
    (``麦立强一行先后检查了…`` tells on the same visit: no second one)."""
    found = [(m, m.group("obj"), m.group("verb"), None) for m in INSPECT_RE.finditer(sentence)]
    found += [(m, m.group("obj"), m.group("verb"), None) for m in VISIT_RE.finditer(sentence)]
    found += [(m, m.group("obj"), m.group("verb"), m.group("place")) for m in TOPIC_VISIT_RE.finditer(sentence)]
    found += [(m, _sites_name(m.group("obj")), m.group("verb"), None) for m in LIST_VISIT_RE.finditer(sentence)]
    found += [(m, m.group("obj").strip("“”"), m.group("verb"), m.group("place")) for m in AROUND_VISIT_RE.finditer(sentence)]
    found += [(m, m.group("obj"), m.group("verb"), _own_place(m.group("place")))
              for m in DELEGATION_VISIT_RE.finditer(sentence)]
    found += [(m, m.group("obj"), "", _own_place(m.group("place"))) for m in TRIP_RE.finditer(sentence)]
    for m, obj, verb, where in sorted(found, key=lambda v: v[0].start()):
        if not obj or sentence[: m.start()].endswith(tuple(words("attend_verbs.txt"))):
            continue
        if sentence.startswith("在", m.start()) and verb not in _AT_VERBS:
            continue  # 在榆林、延安调研 is a visit; 在接待中心接待来访群众 is a duty's place
        present = in_order(sentence[: m.start()], names)
        clauses = re.split(r"[，；：]", sentence[: m.start()])
        subject = LEADING_DATE_RE.sub("", clauses[-1])
        if len(clauses) > 1 and not subject.strip("实地先后深入") and (escorted := _ESCORTED_RE.search(clauses[-2])):
            subject = clauses[-2][: escorted.start()]  # 邵某一行在甲、乙陪同下，实地考察了…: the group escorted
        # 县长 庹建新带队调研, 盟委副书记宝音图深入…: a name the officials did not know, after its title
        titled = TITLED_NAME_RE.search(subject) or TITLED_VISITOR_RE.search(subject)
        leader = present[0] if present else (titled.group("name") if titled else None)
        if leader and leader in leaders:
            continue
        org = subject if not leader and ORG_SUBJECT_RE.search(re.sub(r"实地|深入$", "", subject)) else None
        if not leader and not org and not GROUP_SUBJECT_RE.search(subject):
            continue
        to = TO_PLACE_RE.search(subject)
        place = where or (to.group("place") if to and not to.group("place").startswith(("我", "本")) else None)
        verb = re.sub(r"^(?:实地|带队)", "", verb)
        head, _how, topic = re.split("(进行|开展)", obj, maxsplit=1) if re.search("进行|开展", obj) else ("", "", obj)
        if head and topic:  # 到回龙镇进行工作调研: a place, then the topic
            obj, place = topic, place or head
        if "就" in obj:  # 深入…现场就项目建设情况进行调研: the topic follows 就
            obj = obj.rsplit("就", 1)[1] or obj
        if _OWN_PLACE_RE.fullmatch(obj):
            obj = ""  # 到我县开展下沉督察: the page's own place names no visit; the verb does
        return Visit(obj + verb, m.span(), leader, org, place, tuple(present[1:]))
    return None


def receptions(sentence: str, names: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """Each reception the sentence reports (``县委书记某某会见了某公司董事长某某一行``): a meeting named by its host, 会见
    and its guests, with its span; the host must end in a person's name (``双方会见``, ``会见前`` are none)."""
    if "会见" not in sentence and "接见" not in sentence:
        return []
    out = []
    for m in RECEPTION_RE.finditer(sentence):
        host = _VENUE_RE.sub("", LEADING_DATE_RE.sub("", m.group("host")))  # 市委书记某在市行政中心会见: where, cut
        if host.endswith(tuple(names)):
            out.append((f"{host}会见{m.group('guest')}", m.span()))
    return out


#: ``率代表团赴某县考察…，并出席某某联席会议``: a meeting a visit joins, named in full.
_JOINED_MEETING_RE = re.compile(
    rf"并出席(?:了)?(?P<name>[^，。；！？：]{{2,60}}?(?:{alternation('meeting_words.txt')}))(?=[，。；！？]|$)")


def joined_meetings(sentence: str) -> list[tuple[str, tuple[int, int]]]:
    """Each meeting the sentence's visit goes on to attend (…考察东西部协作工作，并出席瑞安市—南部县联席会议)."""
    if "并出席" not in sentence:
        return []
    return [(m.group("name"), m.span("name")) for m in _JOINED_MEETING_RE.finditer(sentence)]


def feedbacks(sentence: str) -> list[tuple[str, tuple[int, int]]]:
    """Each feedback meeting the sentence reports (``省委第四巡视组向都昌县委反馈巡视情况``): named by the team, what it
    did and where (``省委第四巡视组巡视都昌县反馈会``), with its span."""
    if "反馈" not in sentence:
        return []
    out = []
    for m in FEEDBACK_RE.finditer(sentence):
        group, target = LEADING_DATE_RE.sub("", m.group("group")), m.group("target").removesuffix("委")
        out.append((f"{group}{m.group('what') or ''}{target}反馈会", m.span()))
    return out


def _own_place(place: str) -> str | None:
    """Where a visit goes, or None for the page's own place (``来我区考察``: the page says which it is)."""
    return None if place.startswith(("我", "本")) else place


def _sites_name(sites: str) -> str:
    """What a list of sites has in common, as the name of their visit: the longest ending all items share
    (``A项目、B项目和C项目现场`` → ``项目``), or ``""`` when they share fewer than two characters."""
    items = [i for i in _ITEM_SEP_RE.split(_SITE_TAIL_RE.sub("", sites)) if i]
    if len(items) < 2:
        return ""
    shared = items[0]
    for item in items[1:]:
        while shared and not item.endswith(shared):
            shared = shared[1:]
    return shared if len(shared) >= 2 else ""


def in_order(text: str, names: list[str]) -> list[str]:
    """The names found in ``text``, in the order of their first occurrence (longest names win a position)."""
    hits: dict[int, str] = {}
    for n in names:  # longest first
        pos = text.find(n)
        if pos >= 0 and not any(p <= pos < p + len(h) for p, h in hits.items()):
            hits[pos] = n
    return [hits[p] for p in sorted(hits)]


#: A speech's or report's line under its title (——2024年1月11日在定边县第十八届人民代表大会第四次会议上).
_SPEECH_AT_RE = re.compile(r"^[—－-]{1,2}\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)在(?P<name>[^/]{2,40}?)上$")


#: Minutes' title (洪洞县人民政府第二十一次常务会议纪要) and their 时间 and 主持 fields.
_MINUTES_RE = re.compile(r"^(?P<name>[^/]{4,40}?会议)纪要$")
_MINUTES_DAY_RE = re.compile(r"时[ 　]*间[：:][ ]*(?P<date>\d{4}年\d{1,2}月\d{1,2}日(?:上午|下午)?)")
_MINUTES_CHAIR_RE = re.compile(r"主[ 　]*持人?[：:](?P<line>[^\n：:]{2,40})")


def speech_meetings(article: Article, names: list[str] = ()) -> list[Meeting]:
    """The meeting a speech or a report was given at, from the line under its title: a session of a people's
    congress (SESSION_RE) or a meeting, dated by the line, the line its evidence; the meeting minutes are of (a
    title …会议纪要 over a 时间 field), chaired by the one of ``names`` its 主持 field ends with."""
    out = []
    lines = article.headline.split(" / ")
    if len(lines) != len(article.headline_spans):
        return out  # a headline line holding " / " itself: no line to read
    for (s, e), line in zip(article.headline_spans, lines, strict=True):
        if m := _SPEECH_AT_RE.match(line):
            name = m.group("name")
            kind = "session" if SESSION_RE.search(name) else "meeting"
            evidence = Mention(line, s, e, "meeting")
            out.append(Meeting(name=name, kind=kind, evidence=evidence, date_text=m.group("date")))
        elif (m := _MINUTES_RE.match(line)) and (day := _MINUTES_DAY_RE.search(article.text[:200])):
            chair = _MINUTES_CHAIR_RE.search(article.text[:400])  # 主持：县委副书记、县长某某: the field's first name
            field = chair.group("line") if chair else ""
            led = min((n for n in names if n in field), key=field.find, default=None)
            out.append(Meeting(name=m.group("name"), kind="meeting", evidence=Mention(line, s, e, "meeting"),
                               date_text=day.group("date"), chair=led))
    return out


def same_day(sentence: str) -> bool:
    """A later sentence that opens on the day of the lead's event (当天，…), on a day of its own (★4月11日　…: a
    chronicle) or just before or after the lead's event (会前，…; 签约仪式前，…) reports another event."""
    if sentence.lstrip().startswith(words("later_event_openers.txt")) or DATED_OPENER_RE.match(sentence):
        return True
    return bool(EVENT_EVE_RE.match(sentence))


def same_meeting(name: str, titled: str) -> bool:
    """Is ``name`` (县政府第十四次常务会议) the meeting a page's title names (洪洞县人民政府第十四次常务会议)?"""
    return titled.replace("人民政府", "政府").endswith(name.replace("人民政府", "政府")[1:])
