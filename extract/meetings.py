"""Meetings and other events an article reports as taking place.

The genre states its event in the lead: ``X召开Y会议``, ``Y会议召开``,
``X主持召开Y``, ``X举行Y集体学习``, ``X开展“…”活动``, ``X调研/督导Z``,
``X讲授专题党课``. Only the first sentences are read for events, so meetings
whose 精神 is relayed later in the text (传达贯彻…会议精神) are never taken
for events held. Participants come from the whole article: the chair only
where the text says 主持, attendees from 参加/出席/到会, speakers from
表示/指出/强调/要求/讲话.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Article, ArticleFacts, Meeting
from .phrases import is_common_word as _is_word
from .phrases import sentences
from .resources import alternation, words

#: How many sentences from the start of the body may state the event.
LEAD_SENTENCES = 2

_MW = alternation("meeting_words.txt")
_EW = alternation("event_words.txt")
_IV = alternation("inspection_verbs.txt")
_LW = alternation("lecture_words.txt")
_CLAUSE = r"[^，。；！？：]"

CONVENE_RE = re.compile(rf"(?P<subj>{_CLAUSE}*?)(?:组织)?召开(?!的)(?P<name>{_CLAUSE}{{1,60}}(?:{_MW}))")
CONVENED_RE = re.compile(rf"(?P<name>{_CLAUSE}{{1,60}}(?:{_MW}))(?:隆重|顺利|率先)?召开(?!的)")
HOLD_RE = re.compile(rf"(?P<subj>{_CLAUSE}*?)举行(?P<name>{_CLAUSE}{{1,60}}(?:{_EW}|{_MW}))")
LAUNCH_RE = re.compile(rf"(?P<subj>{_CLAUSE}*?)(?:共同)?开展(?P<name>“[^”]{{1,30}}”{_CLAUSE}{{0,15}}?活动)")
LECTURE_RE = re.compile(rf"(?:讲授|讲|上)了?(?:一堂)?(?P<name>{_LW})")
THEME_RE = re.compile(r"以“(?P<theme>[^”]{1,60})”为主题")
INSPECT_RE = re.compile(rf"(?P<verb>{_IV})(?![组员团时]|中[，。])(?P<obj>{_CLAUSE}{{2,40}})")
DATE_RE = re.compile(r"\d{1,2}月\d{1,2}日(?:[、至-]\d{1,2}日)*(?:上午|下午|晚上|晚)?")
_LEADING_DATE_RE = re.compile(r"^(?:本报讯|本报消息)?\s*(?:\d{1,2}月\d{1,2}日\S*?|近日|日前)?\s*")
_ORG_SUBJECT_RE = re.compile(r"(?:组|团|委|局|厅|部|办|区|县|市|镇|乡|街道|办事处|管委会|政府)$")


@dataclass
class _Event:
    name: str
    kind: str
    start: int  # local offsets of the evidence sentence
    end: int
    organizer: str | None = None
    leader: str | None = None
    speakers: tuple[str, ...] = ()


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the events the article reports to ``found.meetings``."""
    text = article.text
    names = person_names(article, found)
    events: list[_Event] = []
    for n, (s, e) in enumerate(sentences(text)):
        if n >= LEAD_SENTENCES:
            break
        events.extend(_events_in(text, s, e, names, events))
    if not events:
        return
    chair = _chair(text, names)
    attendees = _with_verbs(text, names, words("attend_verbs.txt"))
    speakers = _with_verbs(text, names, words("speech_verbs.txt"))
    for ev in events:
        ev_chair = chair[0] if chair and (ev.kind != "inspection") else None
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
                attendees=tuple(n for n in attendees if n not in taken),
                speakers=_unique(ev.speakers + speakers),
                organizer=ev.organizer,
            )
        )


def _events_in(text: str, s: int, e: int, names: list[str], before: list[_Event]) -> list[_Event]:
    sentence = text[s:e]
    out: list[_Event] = []
    spans: list[tuple[int, int]] = []

    def add(ev: _Event, span: tuple[int, int]) -> None:
        if any(span[0] < b and a < span[1] for a, b in spans):
            return
        if any(_same(ev.name, old.name) for old in before + out):
            return
        spans.append(span)
        out.append(ev)

    organizer = None
    # Each pattern opens with a lazy subject, costly where its cue verb is absent: test the cue first.
    held = [
        (m, rx, kind)
        for rx, kind, cue in ((CONVENE_RE, "meeting", "召开"), (HOLD_RE, None, "举行"), (LAUNCH_RE, "activity", "开展"))
        if cue in sentence
        for m in rx.finditer(sentence)
    ]
    for m, rx, kind in sorted(held, key=lambda t: t[0].start("name")):
        name = m.group("name").strip()
        subj = _organizer(m.group("subj"), names) or organizer  # 经开区举行…，并召开…
        if rx is LAUNCH_RE and not (subj and _ORG_SUBJECT_RE.search(subj)):
            continue
        organizer = subj
        add(_Event(name, kind or _kind_of(name), s, e, organizer=subj), m.span("name"))
    for m in CONVENED_RE.finditer(sentence) if "召开" in sentence else ():
        name = _LEADING_DATE_RE.sub("", m.group("name")).strip()
        org = _organizer(_zone_prefix(name), names)
        add(_Event(name, "meeting", s, e, organizer=org), m.span("name"))
    for m in LECTURE_RE.finditer(sentence):
        theme = THEME_RE.search(sentence)
        name = m.group("name") + (f"（主题：{theme.group('theme')}）" if theme else "")
        speaker = _last_name(sentence[: m.start()], names)
        add(_Event(name, "lecture", s, e, speakers=(speaker,) if speaker else ()), m.span("name"))
    if not out:
        for m in INSPECT_RE.finditer(sentence):
            if sentence[: m.start()].endswith(tuple(words("attend_verbs.txt"))):
                continue
            leader = _last_name(sentence[: m.start()], names)
            subject = re.split(r"[，；：]", sentence[: m.start()])[-1]
            subject = _LEADING_DATE_RE.sub("", subject)
            org = subject if not leader and _ORG_SUBJECT_RE.search(re.sub(r"实地|深入$", "", subject)) else None
            if not leader and not org:
                continue
            verb = re.sub(r"^(?:实地|带队)", "", m.group("verb"))
            add(_Event(m.group("obj") + verb, "inspection", s, e, organizer=org, leader=leader), m.span())
            break
    return out


def _kind_of(name: str) -> str:
    if name.endswith("学习"):
        return "study"
    if name.endswith(tuple(words("event_words.txt"))) and not name.endswith(tuple(words("meeting_words.txt"))):
        return "activity"
    return "meeting"


def _same(a: str, b: str) -> bool:
    """Two names of one event: one holds the other."""
    return a in b or b in a


def _zone_prefix(name: str) -> str:
    """The organizing body a name like ``经开区一季度…会议`` starts with."""
    m = re.match(r"^[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|街道|办事处)(?:党工委|党委|管委会|政府)?", name)
    return m.group() if m else ""


def _organizer(subject: str, names: list[str]) -> str | None:
    subject = _LEADING_DATE_RE.sub("", subject.split("，")[-1]).strip()
    subject = re.sub(r"(?:共同|并|组织)$", "", subject)
    subject = re.sub(r"^(?:按照[^，]*)", "", subject)
    if not subject or any(n in subject for n in names) or "主持" in subject:
        return None
    return subject


def _chair(text: str, names: list[str]) -> list[str]:
    hits = sorted((text.find(n + "主持"), n) for n in names if n + "主持" in text)
    return [n for _, n in hits]


def _last_name(prefix: str, names: list[str]) -> str | None:
    best = max(((prefix.rfind(n), n) for n in names if n in prefix), default=None)
    return best[1] if best else None


def _with_verbs(text: str, names: list[str], verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Names that are the subject of one of ``verbs``: the verb's clause, and the
    title-chain clauses just before it that end in a name (``甲，乙参加会议``)."""
    out: list[str] = []
    rx = re.compile("|".join(re.escape(v) for v in verbs))
    for m in rx.finditer(text):
        start = max(text.rfind(ch, 0, m.start()) for ch in "。！？；") + 1
        clauses = text[start : m.start()].split("，")
        found = [n for n in names if n in clauses[-1]]
        for clause in reversed(clauses[:-1]):
            tail = [n for n in names if clause.endswith(n)]
            if not tail:
                break
            found.extend(tail)
        out.extend(sorted(found, key=lambda n: text.find(n, start)))
    return _unique(tuple(out))


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


# --- person names ---------------------------------------------------------

_TITLE = alternation("person_title_ends.txt")
_AFTER = alternation("after_name.txt")
_FALLBACK_RE = re.compile(rf"(?:{_TITLE})(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=[，、。；]|{_AFTER})")
_LIST_RE = re.compile(rf"、(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=[，、。；]|{_AFTER})")


def person_names(article: Article, found: ArticleFacts) -> list[str]:
    """Person names for chair, leader and participants.

    The officials extractor's names when it found any; otherwise names that
    follow a title word (``主任张波``) or continue such a list (``、花磊``).
    """
    names = {h.person.text for h in found.holdings} | {p.person.text for p in found.persons} | found.known_names
    if not names:
        text = article.text
        for m in _FALLBACK_RE.finditer(text):
            if _is_word(m.group("name")):
                continue  # 总书记重要讲话: 重要 is a word, not a name
            names.add(m.group("name"))
            pos = m.end()
            while (nxt := _LIST_RE.match(text, pos)) is not None:
                names.add(nxt.group("name"))
                pos = nxt.end()
    # longest first, so that 张国 never shadows 张国际
    return sorted(names, key=lambda n: (-len(n), n))
