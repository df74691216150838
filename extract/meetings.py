"""Events an article reports as taking place, by kind.

Kinds (``Meeting.kind``): ``meeting`` (会议, 座谈会, 推进会 …), ``inspection`` (调研, 检查, 走访, 督导: a leader
goes somewhere), ``ceremony`` (开工, 签约, 揭牌, 奠基, 开园 仪式), ``session`` (人大 and 政协 sessions, a government's
全体会议), ``study`` (集体学习), ``lecture`` (党课) and ``activity`` (…活动). The kind comes from the end of the
event's name (``event_kinds.tsv``), from the body that holds a numbered session (``session_bodies.txt``) or a plenary
(``plenary_bodies.txt``: a government's 全体会议 is a session, a party committee's 全会 or a working committee's is a
meeting) or, for an inspection, from its verb.

The genre states its event in the lead: ``X召开Y会议``, ``Y会议召开``, ``Y仪式在P举行``, ``Y会议在P开幕``,
``X举行Y``, ``X开展“…”活动``, ``X调研/督导Z``, ``X会见Y``, ``X讲授专题党课``. Only the first sentences are read for any
kind, so meetings whose 精神 is relayed later in the text (传达贯彻…会议精神) are never taken for events held;
later sentences add ceremonies and the meetings that follow a visit (``随后…主持召开…座谈会``, ``在随后召开的
座谈会上``, ``…召开党委（扩大）会议``: ``later_meeting_words.txt``). A name starts at the event's own words: the
particles and connectives before it (``召开了…``, ``并召开…``: ``event_name_leads.txt``) are cut.

Each event owns the text from its sentence to the sentence of the next event: its chair (主持), attendees
(参加/出席/到会/陪同) and speakers (表示/指出/强调…) are read there, so that a second event does not take the
first one's chair. Its place is the ``在P`` before 举行/召开/开幕, or the ``到P`` before an inspection's verb;
its date is given by the pipeline from its sentence (:func:`extract.dates.event_date`). The patterns live in
:mod:`extract.event_patterns`, the reading of an inspection's sentence in :mod:`extract.visits`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .event_names import person_names
from .event_patterns import (
    ANNOUNCED_RE,
    ATTENDED_CEREMONY_RE,
    BODY_MEETS_RE,
    CONVENE_RE,
    CONVENED_RE,
    DATE_RE,
    HOLD_RE,
    LATER_WORDS,
    LAUNCH_RE,
    LEADING_DATE_RE,
    LEADS_RE,
    LECTURE_RE,
    MODAL_RE,
    NO_PLACES,
    NUMBERED_RE,
    OPENED_RE,
    ORG_SUBJECT_RE,
    PAGE_WORDS,
    PROJECT_SUBJECT_RE,
    SCENE_OPENS_RE,
    SCENE_RE,
    SCOPE_RE,
    SESSION_RE,
    SHOW_OPENS_RE,
    STARTED_RE,
    SUBJECT_PLACE_RE,
    TERM_RE,
    THEME_RE,
    said_before,
)
from .model import Article, ArticleFacts, Meeting
from .phrases import sentences
from .resources import table, words
from .visits import feedbacks, joined_meetings, receptions, same_day, same_meeting, speech_meetings, visit

LEAD_SENTENCES = 2  # how many sentences from the start of the body may state an event of any kind

@dataclass
class _Event:
    name: str
    kind: str
    start: int  # local offsets of the evidence sentence
    end: int
    organizer: str | None = None
    leader: str | None = None
    speakers: tuple[str, ...] = ()
    place: str | None = None
    sentence: int = 0  # index of the evidence sentence in the body
    companions: tuple[str, ...] = ()  # named beside an inspection's leader before its verb (书记甲、县长乙调研)


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the events the article reports to ``found.meetings``."""
    text = article.text
    names = person_names(article, found)
    spans = list(sentences(text))
    events: list[_Event] = []
    # 书记甲，县长乙分别带队…。甲在A镇走访慰问…。乙来到B村，看望…: each leader's own visit, told after the lead
    apart = "分别" in text[: spans[min(len(spans), LEAD_SENTENCES) - 1][1]] if spans else False
    for n, (s, e) in enumerate(spans):
        for ev in _events_in(text, s, e, names, events):
            # 某某会见了某某一行 (a host meets named guests) wherever the report tells it
            if (n < LEAD_SENTENCES or ev.kind == "ceremony" or _later_meeting(ev) or same_day(text[s:e]) or "会见" in ev.name
                    or (apart and ev.kind == "inspection" and ev.leader and _goes(text[s:e].lstrip(), ev.leader))):
                events.append(replace(ev, sentence=n))
    found.meetings += (own := speech_meetings(article, names))  # ——2024年1月11日在…会议上; …会议纪要: the meeting
    events = [ev for ev in events if not any(same_meeting(ev.name, m.name) for m in own)]
    if not events:
        return
    attend, speak = words("attend_verbs.txt"), words("speech_verbs.txt")
    by = {n: subject[-4:] for subject, n in (_BY_CHAIR_RE.findall(text) if "由" in text and "主持" in text else ())
          if n in names and any(o.name.endswith(subject[-4:]) for o in events)}  # 签约仪式由某主持: that event's
    for i, ev in enumerate(events):
        # the event's share of the text: from its sentence (the first event: from the start) to the next event's
        nxt = next((o.sentence for o in events[i + 1 :] if o.sentence > ev.sentence), len(spans))
        lo = 0 if i == 0 else spans[ev.sentence][0]
        share = text[lo : spans[nxt - 1][1]]
        chair = [n for n, subject in by.items() if ev.name.endswith(subject)] or [
            n for n in (_chair(share, names) if ev.kind != "inspection" else []) if n not in by]
        ev_chair = chair[0] if chair else None
        sentence = text[ev.start : ev.end]
        date = DATE_RE.search(sentence)
        taken = {ev_chair, ev.leader}
        found.meetings.append(
            Meeting(
                name=ev.name,
                kind=ev.kind,
                evidence=article.mention(ev.start, ev.end, "meeting"),
                date_text=date.group() if date else "",
                chair=ev_chair,
                leader=ev.leader,
                attendees=tuple(n for n in _unique(ev.companions + _with_verbs(share, names, attend)) if n not in taken),
                speakers=_unique(ev.speakers + _with_verbs(share, names, speak)),
                organizer=ev.organizer,
                place=ev.place,
            )
        )


def _goes(sentence: str, leader: str) -> bool:
    """Does ``sentence`` open with ``leader`` going somewhere (甲在A镇…, 乙先后来到…, 丙深入…)?"""
    return sentence.startswith(leader) and sentence.startswith(_GOING, len(leader))


_GOING = ("在", "来到", "到", "先后", "深入", "走访", "看望")


def _later_meeting(ev: _Event) -> bool:
    return ev.kind in ("meeting", "session") and ev.name.endswith(words("later_meeting_words.txt"))


def _events_in(text: str, s: int, e: int, names: list[str], before: list[_Event]) -> list[_Event]:
    # page words (a breadcrumb repeating the headline, a stamp) glued to the sentence: read only what follows
    s = max([s] + [r + len(w) for w in PAGE_WORDS if (r := text.rfind(w, s, e)) >= 0])
    sentence = text[s:e]
    out: list[_Event] = []
    spans: list[tuple[int, int]] = []

    def add(ev: _Event, span: tuple[int, int]) -> None:
        ev.name = _own_words(ev.name)
        if not ev.name or any(w in ev.name for w in PAGE_WORDS) or ev.name.startswith("或"):
            return  # 随团考察或出席会议: an alternative, no event named 或出席会议考察
        if any(span[0] < b and a < span[1] for a, b in spans):
            return
        if any(_same(ev.name, old.name) for old in before + out):
            return
        spans.append(span)
        out.append(ev)

    organizer = None
    cues = ((CONVENE_RE, "meeting", "召开"), (HOLD_RE, None, "举行"), (LAUNCH_RE, "activity", "开展"))  # cue first: lazy
    held = [(m, rx, kind) for rx, kind, cue in cues if cue in sentence for m in rx.finditer(sentence)
            if not (rx is CONVENE_RE and said_before(ANNOUNCED_RE, sentence, m.start("name")))]  # 定于…召开: none yet
    for m, rx, kind in sorted(held, key=lambda t: t[0].start("name")):
        name = m.group("name").strip()
        if rx is CONVENE_RE and name in LATER_WORDS and said_before(MODAL_RE, sentence, m.start("name")):
            continue  # 各部门要…结合实际召开专题会议: a meeting asked for, none held
        subj, place = _subject_place(m.group("subj"))
        subj = _organizer(subj, names) or organizer  # 经开区举行…，并召开…
        led = _last_name(m.group("subj"), names) if rx is LAUNCH_RE and m.group("subj").endswith(("带队", "率队")) else None
        if rx is LAUNCH_RE and not led and not (subj and ORG_SUBJECT_RE.search(subj) or _WE.search(m.group("subj"))):
            continue  # 市长某某带队开展…观摩活动: a leader takes the tour, no body (我市组织开展…: the city) organizes it
        organizer, named_kind = subj, _kind_of(_own_words(name))
        ev_kind = kind if kind == "activity" and named_kind == "meeting" else named_kind
        if ev_kind == "ceremony":
            held_by = _project_subject(m.group("subj"))
        else:
            held_by = _session_subject(m.group("subj"), _own_words(name))
        if held_by and not _own_words(name).startswith(held_by):
            name = held_by + _own_words(name)  # …项目举行开工仪式, 县政协十一届一次会议举行预备会议
            ev_kind = _kind_of(name)
        add(_Event(name, ev_kind, s, e, organizer=subj, leader=led, place=place), m.span("name"))
    for rx, cue in ((CONVENED_RE, "召开"), (OPENED_RE, ""), (SCENE_RE, "的"), (SCENE_OPENS_RE, "上"),
                    (SHOW_OPENS_RE, "开幕")):
        if cue not in sentence or (rx is OPENED_RE and not _OPENED_CUE_RE.search(sentence)):
            continue
        for m in rx.finditer(sentence):
            if rx is SHOW_OPENS_RE and "宣布" in m.group("name"):
                continue  # 副厅长某宣布博览会开幕: the opening the lead reported, announced; no second event
            name = LEADING_DATE_RE.sub("", m.group("name")).strip() + ("开幕式" if rx is SHOW_OPENS_RE else "")
            org = _organizer(_zone_prefix(name), names)
            place = m.groupdict().get("place")
            place = None if place in NO_PLACES else place
            add(_Event(name, _kind_of(_own_words(name)), s, e, organizer=org, place=place), m.span("name"))
    for m in LECTURE_RE.finditer(sentence):
        theme = THEME_RE.search(sentence)
        name = m.group("name") + (f"（主题：{theme.group('theme')}）" if theme else "")
        speaker = _last_name(sentence[: m.start()], names)
        add(_Event(name, "lecture", s, e, speakers=(speaker,) if speaker else ()), m.span("name"))
    if "召开" in sentence:
        for m in BODY_MEETS_RE.finditer(sentence):
            body = LEADING_DATE_RE.sub("", m.group("body")).strip()
            add(_Event(body + m.group("what"), "meeting", s, e), m.span())
    if (m := STARTED_RE.match(sentence)) is not None:  # 某工程二期开工。: the ceremony the lead reports
        add(_Event(m.group("name"), "ceremony", s, e), m.span("name"))
    for name, span in receptions(sentence, names) + feedbacks(sentence) + joined_meetings(sentence):  # 会见, 反馈, 并出席
        add(_Event(name, "meeting", s, e), span)
    if not out and ("仪式" in sentence or "审议" in sentence or "分组讨论" in sentence or "并讲话" in sentence):
        for m in ATTENDED_CEREMONY_RE.finditer(sentence):  # …集中签约一批项目。X出席签约仪式; …出席…推进会并讲话
            if m.group("name").endswith("仪式") and any(o.name.endswith(m.group("name")[:-2]) for o in before):
                break  # 某产业园二期项目正式投产。某某出席投产仪式: the ceremony the lead reported
            add(_Event(m.group("name"), "ceremony" if m.group("name").endswith("仪式") else "session" if m.group(
                "name").endswith(("审议", "讨论")) else _kind_of(m.group("name")), s, e), m.span("name"))
            break
    seen = {o.leader for o in before + out if o.kind == "inspection"}
    if (not out or "并" in sentence) and (v := visit(sentence, names, seen)) is not None:
        first = min((a for a, _ in spans), default=len(sentence))
        # X带队调研Y，并召开Z会: a visit before the sentence's other events, joined by 并, is one more event
        if not out or (v.span[1] <= first and "并" in sentence[v.span[1] : first]):
            kind = "activity" if v.name.endswith("观摩") else "inspection"  # 带领观摩团…进行现场观摩: a site observation
            if kind == "activity" and any("观摩" in o.name for o in before + out):
                return out  # …观摩活动举行。书记带队实地观摩11个项目: the same tour told again
            add(_Event(v.name, kind, s, e, organizer=v.organizer, leader=v.leader, place=v.place,
                       companions=v.companions), v.span)
    return out


def _project_subject(subject: str) -> str:
    """The project a ceremony is held by (``由…承建的龙港市滨江核心区综合开发项目举行开工仪式``), or ``""``."""
    subject = LEADING_DATE_RE.sub("", subject.split("，")[-1]).strip().rsplit("的", 1)[-1]
    return subject if PROJECT_SUBJECT_RE.fullmatch(subject) else ""


def _session_subject(subject: str, name: str = "") -> str:
    """The session that holds a meeting of its own (``县政协十一届一次会议举行预备会议``), or the body whose numbered
    meeting it is (``县十七届人大常委会举行第十九次会议``), or ``""``."""
    subject = LEADING_DATE_RE.sub("", subject.split("，")[-1]).strip()
    if SESSION_RE.search(subject) or (name.startswith("第") and SESSION_RE.search(subject + name)):
        return subject
    return ""


def _own_words(name: str) -> str:
    """The event's name without the particles and connectives the clause put before it (了, 并, 随后的 …)."""
    return LEADS_RE.sub("", name.strip())


def _subject_place(subject: str) -> tuple[str, str | None]:
    """``区政府在三楼会议室`` → (``区政府``, ``三楼会议室``): a 在-phrase ends the subject of 召开/举行."""
    m = SUBJECT_PLACE_RE.search(subject.split("，")[-1])
    if not m:
        return subject, None
    return subject[: len(subject) - len(m.group())], re.sub("主持$", "", m.group("place"))  # 在P主持召开


def _kind_of(name: str) -> str:
    if "暨" in name and _kind_of(name.split("暨", 1)[0]) == "ceremony":
        return "ceremony"  # 采摘节开幕式暨招商推介会: named first for its ceremony
    if name.endswith("代表大会") and "党" in name:
        return "session"  # 中国共产党某县第十四次代表大会, 致公党…代表大会: a party's congress (a 工会's is a meeting)
    ends = [(len(w), k) for w, k in table("event_kinds.tsv") if name.endswith(w)]
    if ends:
        return max(ends)[1]
    if SESSION_RE.search(name):
        return "session"
    if name.endswith("学习"):
        return "study"
    if name.endswith(tuple(words("event_words.txt"))) and not name.endswith(tuple(words("meeting_words.txt"))):
        return "activity"
    return "meeting"


def _same(a: str, b: str) -> bool:
    """Two names of one event: one holds the other, or they name one numbered meeting in another word order
    (``十五届政府第36次常务会议`` / ``市政府十五届第36次常务会议``)."""
    if a in b or b in a:
        return True
    ka, kb = _numbered(a), _numbered(b)
    return ka is not None and kb is not None and ka[1:] == kb[1:] and (ka[0] in kb[0] or kb[0] in ka[0])


def _numbered(name: str) -> tuple[str, str, str, str] | None:
    """A numbered meeting's body (its term taken out), term, number and kind: ``市政府十五届第36次常务会议`` →
    (``市政府``, ``十五届``, ``36``, ``常务会议``); None for other names."""
    m = NUMBERED_RE.match(name)
    if m is None:
        return None
    term = TERM_RE.search(m.group("body"))
    body = TERM_RE.sub("", m.group("body"))
    return body, term.group() if term else "", m.group("n"), m.group("what")


def _zone_prefix(name: str) -> str:
    """The organizing body a name like ``经开区一季度…会议`` starts with."""
    m = re.match(r"^[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|街道|办事处)(?:党工委|党委|管委会|政府)?", name)
    return m.group() if m else ""


def _organizer(subject: str, names: list[str]) -> str | None:
    subject = LEADING_DATE_RE.sub("", subject.split("，")[-1]).strip()
    subject = re.sub(r"(?:共同|并|组织)$", "", subject)
    subject = re.sub(r"^(?:按照[^，]*)", "", subject)
    if not subject or any(n in subject for n in names) or "主持" in subject or SCOPE_RE.fullmatch(subject):
        return None  # 全区重点项目建设推进会议召开: 全区 is the meeting's scope, no body that organizes it
    return subject


def _chair(text: str, names: list[str]) -> list[str]:
    """Names that chair: ``X主持``, or ``X在P主持`` (市长范志勇在市政府三楼会议室主持召开…)."""
    hits = sorted((max(text.find(n + "主持"), text.find(n + "同志主持")), n) for n in names  # 曾某鸿同志主持
                  if n + "主持" in text or n + "同志主持" in text)
    if "在" in text and "主持" in text:
        for m in _CHAIR_AT_RE.finditer(text):
            name = next((n for n in names if text.endswith(n, 0, m.start())), None)
            if name and name not in (n for _, n in hits):
                hits.append((m.start() - len(name), name))
    return [n for _, n in sorted(hits)]


_CHAIR_AT_RE = re.compile(r"在[^，。；！？]{1,20}?主持")  # 在P主持: a place between the chair's name and 主持
_BY_CHAIR_RE = re.compile(r"([^，。；！？]{2,30}?)由([^，。；！？由]{2,8}?)(?:同志)?主持")  # 签约仪式由某主持


def _last_name(prefix: str, names: list[str]) -> str | None:
    best = max(((prefix.rfind(n), n) for n in names if n in prefix), default=None)
    return best[1] if best else None


def _with_verbs(text: str, names: list[str], verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Names that are the subject of one of ``verbs``: the verb's clause, and the
    title-chain clauses just before it that end in a name (``甲，乙参加会议``)."""
    out: list[str] = []
    rx = re.compile("|".join(re.escape(v) for v in verbs))
    known = _NameSet(names)
    ends: list[int] | None = None
    first: dict[int, dict[str, int]] = {}  # per sentence start: where each name first stands in it
    for m in rx.finditer(text):
        if ends is None:  # once per text, not a backward search per verb
            ends = [e.start() for e in _STOP_RE.finditer(text)]
        i = bisect_left(ends, m.start())
        start = ends[i - 1] + 1 if i else 0
        # clause by clause back from the verb (a roster of thousands is one sentence: never split it whole)
        cut = text.rfind("，", start, m.start())
        found = known.inside(text[cut + 1 if cut >= 0 else start : m.start()])
        while cut >= 0:
            prev = text.rfind("，", start, cut)
            tail = known.ending(text[prev + 1 if prev >= 0 else start : cut])
            if not tail:
                break
            found.extend(tail)
            cut = prev
        stop = ends[i] if i < len(ends) else len(text)
        if stop - start <= _LONG_SENTENCE:
            out.extend(sorted(found, key=lambda n: text.find(n, start)))
            continue
        if start not in first:  # a giant sentence: each name's first place found in one pass, not one per name
            first[start] = known.first_places(text, start, stop)
        out.extend(sorted(found, key=lambda n: first[start][n]))
    return _unique(tuple(out))


_STOP_RE, _WE = re.compile("[。！？；]"), re.compile("[我本][市县区镇旗]")  # 我市组织开展…: the page's own place
_OPENED_CUE_RE = re.compile("举行|开幕|闭幕|闭会|召开|启动|进入第|活动走进")  # what OPENED_RE's verbs need (cheap first)
_LONG_SENTENCE = 2000  # a sentence longer than this has its names' first places found in one pass (_with_verbs)


class _NameSet:
    """Names looked up by their few lengths, so that a clause is read once, not once per name (a roster of
    thousands of names in one sentence was names × clauses). Answers in the order of ``names``."""

    def __init__(self, names: list[str]) -> None:
        self.order = {n: i for i, n in enumerate(names)}
        self.lengths = sorted({len(n) for n in names if n}, reverse=True)

    def ending(self, clause: str) -> list[str]:
        """The names ``clause`` ends with."""
        hits = {clause[-k:] for k in self.lengths if k <= len(clause)} & self.order.keys()
        return sorted(hits, key=self.order.__getitem__)

    def inside(self, clause: str) -> list[str]:
        """The names that stand somewhere in ``clause``."""
        hits = {clause[i : i + k] for k in self.lengths for i in range(len(clause) - k + 1)} & self.order.keys()
        return sorted(hits, key=self.order.__getitem__)

    def first_places(self, text: str, start: int, stop: int) -> dict[str, int]:
        """Where each name first stands from ``start`` (what ``text.find(name, start)`` gives for a name that
        stands before ``stop``): one pass over ``text[start:stop]``."""
        out: dict[str, int] = {}
        for k in self.lengths:
            for i in range(start, stop):
                word = text[i : i + k]
                if word in self.order and (word not in out or i < out[word]):
                    out[word] = i
        return out


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
