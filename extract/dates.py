"""Document and article dates, each with the basis it was known on.

Authority, highest first: a manifest row, a JSONL record's own date, a date in
the file name, the ``--date`` option, then the text: the page's own stamp,
edition line or dateline (:mod:`extract.page_dates`, bases ``text:stamp``,
``text:edition``, ``text:dateline``), else inference from the years it names
(explicit years, reviewed years, five-year-plan periods). An article's
``3月15日`` in its lead is resolved against its document's date; ``近日`` takes
the document's date; a meeting's or inspection's own sentence may state its day
(:func:`event_date`).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from .model import DatedValue
from .resources import table

#: What a dateline's day ends with (本报4月17日讯, 新华社兰州5月3日电, 南海网7月20日消息): the report's day, not the news'.
_DATELINE_ENDS = ("讯", "电", "消息")


class DateError(ValueError):
    """A date that cannot be parsed or does not exist."""


_ISO_RE = re.compile(r"^\s*(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?\s*$")
_COMPACT_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def parse_iso(value: str) -> str | None:
    """``2023-03-15``, ``2023/3/15``, ``20230315``, ``2023-03`` or ``2023`` → ISO, else None."""
    m = _COMPACT_RE.match(value) or _ISO_RE.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    return valid_date(int(year), int(month) if month else None, int(day) if day else None)


def valid_date(year: int, month: int | None, day: int | None) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_FILENAME_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_filename(name: str) -> str | None:
    """``2023-03-15.txt``, ``20230315_page2.txt`` → ``2023-03-15``."""
    for m in _FILENAME_RE.finditer(Path(name).name):
        value = valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if value:
            return value
    return None


class Manifest(dict):
    """File → ISO date, with the optional ``place`` column in :attr:`places` (file → place name)."""

    def __init__(self) -> None:
        super().__init__()
        self.places: dict[str, str] = {}


def load_manifest(path: str | Path) -> Manifest:
    """Read a ``file,date[,place]`` CSV; raise :class:`DateError` naming the row on any problem.

    The optional third column (header ``place``) names the place a document is about (``金水区``,
    ``郑州经开区``) for pages that do not say; it is checked against the gazetteer by the caller.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DateError(f"{path}: cannot read manifest ({exc})") from exc
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise DateError(f"{path}: manifest is empty")
    start = 1 if [c.strip().lower() for c in rows[0][:2]] == ["file", "date"] else 0
    out = Manifest()
    for lineno, row in enumerate(rows[start:], start + 1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise DateError(f"{path}:{lineno}: manifest row needs file,date")
        name, value = row[0].strip(), row[1].strip()
        iso = parse_iso(value)
        if iso is None:
            raise DateError(f"{path}:{lineno}: not a valid date: {value!r}")
        if name in out and out[name] != iso:
            raise DateError(f"{path}:{lineno}: {name} listed twice with different dates")
        out[name] = iso
        if len(row) > 2 and row[2].strip():
            out.places[name] = row[2].strip()
    return out


def manifest_date(manifest: dict[str, str], doc_id: str) -> str | None:
    """Look a document up by its id, its file name or its stem."""
    p = Path(doc_id)
    for key in (doc_id, p.name, p.stem):
        if key in manifest:
            return manifest[key]
    return None


# --- inference from text -------------------------------------------------

_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})年(度)?")
#: A year that opens a career-history clause (``2014年12月任…``, ``1975年出生``) is no date of the text.
_CAREER_RE = re.compile(
    r"^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起|以来)?(?:任(?!务)|起任|调任|担任|兼任|出任|当选|参加工作|入党|出生|生于|毕业|至今|"
    r"生(?=[，,）)]))"
)
#: The first year of a range (``2021—2025年``, ``2021年至2025年``): the second is skipped as a target.
_RANGE_AFTER_RE = re.compile(r"^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:年)?(?:—|–|-|~|～|至|到)(?:19|20)?\d{2}")
#: A year followed by these words is being looked back on: the text is later.
_REVIEW_RE = re.compile(r"^.{0,24}?(?:述职|考核|考评|评议|总结|表彰|排名|出炉|回顾|统计公报|决算)")
#: Years after these words are targets, not the present.
_TARGET_BEFORE = ("到", "至", "力争", "预计", "目标", "展望", "远景", "—", "-", "~", "～")
_PERIOD_RE = re.compile(r"(十[一二三四五六]五)[”’\"']?(?:规划)?[”’\"']?(收官|开局|谋划|编制|起步)?")


def _periods() -> dict[str, tuple[int, int]]:
    return {row[0]: (int(row[1]), int(row[2])) for row in table("periods.tsv")}


def infer_year(text: str) -> DatedValue:
    """Infer a publication year from what the text says about years.

    The latest explicit year wins; a year that is reviewed (``2021年度…述职``,
    ``2021年…考核出炉``) implies the year after it; ``十四五收官`` means the
    period's last year and ``十五五开局`` its first (the year before, after 明年是). Targets (``到2026年``), ranges
    (``2021—2025年``) and career history (``2014年12月任…``) say nothing of the text's year.
    """
    candidates: list[tuple[int, str]] = []
    for m in _YEAR_RE.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()]
        if any(before.endswith(w) for w in _TARGET_BEFORE):
            continue
        after = text[m.end() : m.end() + 30]
        if not m.group(2) and _CAREER_RE.match(after):
            continue
        if _RANGE_AFTER_RE.match(text[m.start() + 4 : m.start() + 12]):
            continue  # 2021—2025年: the range's first year
        year = int(m.group(1))
        if _REVIEW_RE.match(after):
            candidates.append((year + 1, f"{m.group()}{after[:12]}… (reviewed year)"))
        else:
            candidates.append((year, m.group()))
    periods = _periods()
    for m in _PERIOD_RE.finditer(text):
        name, cue = m.group(1), m.group(2)
        if name not in periods or not cue:
            continue
        first, last = periods[name]
        if "明年" in text[max(0, m.start() - 4) : m.start()]:  # 明年是“十四五”规划收官之年: written the year before
            first, last = first - 1, last - 1
        if cue == "收官":
            candidates.append((last, m.group()))
        elif cue in ("开局", "起步"):
            candidates.append((first, m.group()))
        elif cue in ("谋划", "编制"):
            candidates.append((first - 1, m.group()))
    if not candidates:
        return DatedValue(None, "unknown")
    year = max(y for y, _ in candidates)
    evidence = next(e for y, e in candidates if y == year)
    return DatedValue(f"{year:04d}", "text", evidence)


# --- article dates -------------------------------------------------------

#: ``3月15日``, ``2021年11月4日上午``; the month must not follow a digit, colon or dot, which clean-up may
#: have glued on (``16:55 4月12日`` → ``16:554月12日``), except the two minute digits of a time.
_MD_RE = re.compile(
    r"(?:(?<![\d:.\-/])(\d{4})年|(?<![\d:.\-/])|(?<=\d:\d\d))(\d{1,2})月(\d{1,2})日(?:[、至-](\d{1,2})日)?"
    r"(?:上午|下午|晚|晚上|早上)?"
)
_VAGUE_RE = re.compile(r"近日|(?<!\d)日前|近期|连日来|近年来|今天|昨天")
#: A date after these words is a deadline or a starting point, not the event's day.
_NOT_EVENT_BEFORE = ("截至", "截止", "到", "至", "自", "从")
_NOT_EVENT_AFTER = ("起", "前", "以来", "之前", "以前", "后", "开始", "电")  # 人民网重庆3月14日电: a dateline's day
#: How far into the body the lead runs: its first sentence, but never past this many characters.
LEAD_CHARS = 160
_SENTENCE_END_RE = re.compile(r"[。！？]")


def lead(body: str) -> str:
    """The article's lead: its first sentence (at most :data:`LEAD_CHARS` characters)."""
    m = _SENTENCE_END_RE.search(body, 0, LEAD_CHARS)
    return body[: m.end()] if m else body[:LEAD_CHARS]


def _event_dates(text: str) -> Iterator[re.Match[str]]:
    """The ``M月D日`` dates of ``text`` that can be an event's day (no deadline, no starting point)."""
    for m in _MD_RE.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        after = text[m.end() : m.end() + 2]
        if (m.group(1) is None and any(before.endswith(w) for w in _NOT_EVENT_BEFORE)) or after.startswith(
            _NOT_EVENT_AFTER
        ):
            continue
        yield m


def resolve_month_day(month: int, day: int, doc_date: DatedValue) -> str | None:
    """``M月D日`` in the year of ``doc_date``; a day more than half a year after a full document date is
    taken in the year before (a January page reporting a December event; a March day on a page of late
    January is an announcement, or the page's date is approximate)."""
    if not doc_date.value:
        return None
    year = int(doc_date.value[:4])
    value = valid_date(year, month, day)
    if value and len(doc_date.value) == 10 and value > doc_date.value:
        gap = dt.date.fromisoformat(value) - dt.date.fromisoformat(doc_date.value)
        if gap.days > 183:
            value = valid_date(year - 1, month, day) or value
    return value


#: A lead that opens with a year alone (``2023年，是全面贯彻…的开局之年``): the article reviews that year.
_YEAR_LEAD_RE = re.compile(r"^\s*((?:19|20)\d{2})年(?=[，,])")


def article_date(body: str, doc_date: DatedValue) -> tuple[DatedValue, str]:
    """The date an article states in its lead, resolved against the document.

    Returns the date and the date text as printed (``""`` if none is stated). A vague word
    (``近日``) before any date gives the document's date.
    """
    opening = lead(body)
    days = _event_dates(opening)
    m = next(days, None)
    if m is not None and opening.startswith(_DATELINE_ENDS, m.end()):  # 中国甘肃网6月14日讯…6月12日至13日: the day told;
        m = next(days, m)  # 本报4月17日讯…今天上午: the dateline's day
    v = _VAGUE_RE.search(opening)
    if m is None and v is None and (y := _YEAR_LEAD_RE.match(opening)) is not None:
        return DatedValue(y.group(1), "text", y.group()), y.group()  # 2023年，是…: a review of that year
    if m is None and v is None:  # 入梅以来，我县降雨明显偏多。6月20日，…: a lead of context, the next sentence's day
        rest = body[len(opening):]
        second = lead(rest.lstrip())
        m = next((d for d in _event_dates(second) if d.start() == 0), None)
    if m and (not v or m.start() < v.start()):
        text = m.group()
        if m.group(1):
            value = valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif doc_date.value is None:
            return DatedValue(None, "unknown"), text
        else:
            value = resolve_month_day(int(m.group(2)), int(m.group(3)), doc_date)
        if value is None:
            return DatedValue(doc_date.value, doc_date.basis, f"invalid date {text!r}"), text
        basis = "text" if m.group(1) else f"text+year:{doc_date.basis}"
        return DatedValue(value, basis, text), text
    if v:
        return DatedValue(doc_date.value, "document", v.group()), v.group()
    return DatedValue(doc_date.value, "document", ""), ""


#: The line under a speech's or report's title that says when and where it was given (——2021年1月26日在…会议上).
_SPEECH_LINE_RE = re.compile(r"(?:^|/ )[—－-]{1,2}\s*(?:[^/（(]{2,30}[（(])?(?P<date>(\d{4})年(\d{1,2})月(\d{1,2})日)"
                             r"(?:在[^/]{2,40}?上|[）)])(?= /|$)")  # or ——县委书记 某某（2023年2月8日）


def speech_date(headline: str) -> tuple[DatedValue, str] | None:
    """The day a report or speech was given, from the line under its title in ``headline``'s lines, else None."""
    m = _SPEECH_LINE_RE.search(headline)
    value = valid_date(int(m.group(2)), int(m.group(3)), int(m.group(4))) if m else None
    return (DatedValue(value, "text", m.group("date")), m.group("date")) if value else None


#: A sentence or a chronicle's entry that opens with its day (``4月25日，…``, ``★4月18日　…``, ``●2023年4月3日``).
_OPENING_DAY_RE = re.compile(r"(?:^|(?<=[。！？\n]))[ ]*(?:[★☆●◆■][ ]*)?(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日)")


def _stated(text: str, doc_date: DatedValue) -> tuple[DatedValue, str] | None:
    """The first event day of ``text`` resolved as an article's, or None (a dateline's day, 6月14日讯, gives way to a
    day after it)."""
    days = _event_dates(text)
    m = next(days, None)
    if m is not None and text.startswith(_DATELINE_ENDS, m.end()):
        m = next(days, m)
    if m is not None:
        value, said = article_date(m.group() + "，", doc_date)
        if value.value and value.basis.startswith("text"):
            return value, said
    return None


def event_date(
    sentence: str, art_date: DatedValue, doc_date: DatedValue, before: str = ""
) -> tuple[DatedValue, str]:
    """A meeting's or inspection's date: the day its own sentence states (resolved as an article's), else the day
    that opens the last sentence or chronicle entry of ``before`` (the article's text before the sentence:
    ``★4月25日　…常委会会议。同日　…常务会议``), else the article's date. Returns the date and the date text of
    the sentence (``""`` if it states none)."""
    own = _stated(sentence, doc_date)
    if own is not None:
        return own
    for m in reversed(list(_OPENING_DAY_RE.finditer(before))):
        day = next(_event_dates(before[m.end() : m.end() + 16]), None)  # no deadline (6月30日前，…)
        opened = _stated(day.group(), doc_date) if day is not None and day.start() == 0 else None
        if opened is not None:
            return opened[0], ""
    return art_date, ""


def month_day_dates(text: str, year: int) -> list[str]:
    """All valid ``M月D日`` dates in ``text`` resolved against ``year``."""
    out = []
    for m in _MD_RE.finditer(text):
        value = valid_date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))
        if value:
            out.append(value)
    return out


def latest_month_day(texts: list[str], year: str) -> str | None:
    """The latest article date stated in a lead, as the document's date."""
    dates = [d for t in texts for d in month_day_dates(lead(t), int(year))]
    return max(dates) if dates else None


def most_common_year(values: list[str]) -> str | None:
    years = Counter(v[:4] for v in values if v)
    return years.most_common(1)[0][0] if years else None
