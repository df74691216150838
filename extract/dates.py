"""Document and article dates, each with the basis it was known on.

Authority, highest first: a manifest row, a JSONL record's own date, a date in
the file name, the ``--date`` option, then inference from the text (explicit
years, reviewed years, five-year-plan periods). An article's ``3月15日`` is
resolved against its document's year; ``近日`` takes the document's date.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path

from .model import DatedValue
from .resources import table


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
    return _valid(int(year), int(month) if month else None, int(day) if day else None)


def _valid(year: int, month: int | None, day: int | None) -> str | None:
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
        value = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
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
    period's last year and ``十五五开局`` its first.
    """
    candidates: list[tuple[int, str]] = []
    for m in _YEAR_RE.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()]
        if any(before.endswith(w) for w in _TARGET_BEFORE):
            continue
        year = int(m.group(1))
        after = text[m.end() : m.end() + 30]
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

_MD_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:[、至-](\d{1,2})日)?(?:上午|下午|晚|晚上|早上)?")
_VAGUE_RE = re.compile(r"近日|日前|近期|连日来|近年来|今天|昨天|日前")


def article_date(body: str, doc_date: DatedValue, head: int = 40) -> tuple[DatedValue, str]:
    """The date an article states near its opening, resolved against the document.

    Returns the date and the date text as printed (``""`` if none is stated).
    """
    opening = body[:head]
    m = _MD_RE.search(opening)
    v = _VAGUE_RE.search(opening)
    if m and (not v or m.start() < v.start()):
        year = m.group(1) or (doc_date.value[:4] if doc_date.value else None)
        if year is None:
            return DatedValue(None, "unknown"), m.group()
        value = _valid(int(year), int(m.group(2)), int(m.group(3)))
        if value is None:
            return DatedValue(doc_date.value, doc_date.basis, f"invalid date {m.group()!r}"), m.group()
        basis = "text" if m.group(1) else f"text+year:{doc_date.basis}"
        return DatedValue(value, basis, m.group()), m.group()
    if v:
        return DatedValue(doc_date.value, "document", v.group()), v.group()
    return DatedValue(doc_date.value, "document", ""), ""


def month_day_dates(text: str, year: int) -> list[str]:
    """All valid ``M月D日`` dates in ``text`` resolved against ``year``."""
    out = []
    for m in _MD_RE.finditer(text):
        value = _valid(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))
        if value:
            out.append(value)
    return out


def latest_month_day(texts: list[str], year: str) -> str | None:
    """The latest stated article date in a document, as the document's date."""
    dates = [d for t in texts for d in month_day_dates(t[:40], int(year))]
    return max(dates) if dates else None


def most_common_year(values: list[str]) -> str | None:
    years = Counter(v[:4] for v in values if v)
    return years.most_common(1)[0][0] if years else None
