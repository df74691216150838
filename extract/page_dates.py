"""The page's own date, from its chrome: a stamp (``发布时间：2023-07-28 16:55``), an edition line
(``2022年03月03日 星期四``) or a dateline (``——2024年2月3日``), bases ``text:stamp``, ``text:edition`` and
``text:dateline``; a stamp met inside an article's body (:attr:`Document.inner_stamps`); and the day signed under
a notice (``中共某市委组织部 / 2022年11月7日``), which dates the notice's article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .chrome_fields import SOURCE_LABELS, STAMP_LABELS
from .dates import valid_date
from .model import DatedValue, Mention

#: A date as pages print it: ``2023-07-28``, ``2023/7/28``, ``2023.07.28``, ``2023年7月28日``, or ``22-06-22``.
_PAGE_DATE = r"(?<!\d)(?:(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})-(\d{2})-(\d{2}))(?!\d)"
#: A stamp's date: after its label and a colon or a space (``发布时间：``, a table's ``发文日期　``), at the line's start,
#: after the source's name that opens the line (``洞口融媒　2021/4/21 18:06:42``) or after a source field
#: (``来源：长江日报　2022-06-09 07:15``).
_STAMP_RE = re.compile(
    rf"(?:(?:{'|'.join(STAMP_LABELS)})(?:[：:][ ]*|[ ]+)|^[ \[【（(]*|"
    rf"^(?:[\u4e00-\u9fff]{{2,12}}[ ]+){{1,3}}|(?:{'|'.join(SOURCE_LABELS)})[：:][ ]*[^\s：:]{{2,20}}[ ]+){_PAGE_DATE}"
)
_ANY_PAGE_DATE_RE = re.compile(_PAGE_DATE)
#: Spaces and slashes a PDF's head line puts inside a date (``承德日报/2022 年/9 月/16 日/第 003 版``).
_SPACED_DATE_RE = re.compile(r"(?<=\d)[ ]+(?=[年月日])|(?<=[年月])[ ]*/[ ]*(?=\d)")
#: The passes over the chrome lines: a stamp's date after its label, its source or at its start; then any date of a
#: stamp line (``来源：某县融媒体中心 | 作者：某某 | 编辑：某某 | 2020-09-16 08:12``); then edition lines and datelines.
_PASSES = (("stamp", "text:stamp", _STAMP_RE), ("stamp", "text:stamp", _ANY_PAGE_DATE_RE),
           ("edition", "text:edition", _ANY_PAGE_DATE_RE), ("dateline", "text:dateline", _ANY_PAGE_DATE_RE))


def two_digit_year(a: str, b: str, c: str) -> str | None:
    """``22-06-22`` → ``2022-06-22``: read only when every valid reading (YY-MM-DD, DD-MM-YY, MM-DD-YY) agrees."""
    readings = {
        valid_date(2000 + int(y), int(mo), int(d))
        for y, mo, d in ((a, b, c), (c, b, a), (c, a, b))
    }
    readings.discard(None)
    return readings.pop() if len(readings) == 1 else None


def _page_match(m: re.Match[str]) -> str | None:
    if m.group(1):
        return valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return two_digit_year(m.group(4), m.group(5), m.group(6))


def page_date(chrome: Iterable[Mention]) -> DatedValue | None:
    """The page's own date from its chrome: a stamp (``发布时间：2023-07-28 16:55``, a bare ``2024-01-22``,
    ``发文日期　2021-12-16``, ``洞口融媒　2021/4/21 18:06:42``),
    an edition line (``2022年03月03日 星期四``) or a dateline (``——2024年2月3日``), in that order.

    Lists of other articles (chrome kind ``list``) carry their own stamps and are never read.
    """
    lines = list(chrome)
    for kind, basis, pattern in _PASSES:
        found = _first_date((line.text for line in lines if line.label == kind), pattern, basis)
        if found is not None:
            return found
    return None


def list_year(chrome: Iterable[Mention]) -> DatedValue | None:
    """The year of the latest date a list of articles on the page states (``· 某某主持召开常务会议　2023-06-16``), for a
    page that dates itself nowhere else: its entries were published before it, in that year or earlier."""
    dates = [(value, line.text) for line in chrome if line.label == "list"
             for m in _ANY_PAGE_DATE_RE.finditer(line.text) if (value := _page_match(m))]
    if not dates:
        return None
    value, line = max(dates)
    return DatedValue(value[:4], "text:list", line)


def stamp_date(lines: Iterable[str]) -> DatedValue | None:
    """The date of the first of ``lines``, texts of page stamps, that states one (``发布时间：2020-05-12 10:06``)."""
    return _first_date(lines, _STAMP_RE, "text:stamp")


def _first_date(lines: Iterable[str], pattern: re.Pattern[str], basis: str) -> DatedValue | None:
    """The first valid date ``pattern`` finds in ``lines``, with ``basis`` and its line as evidence."""
    for line in lines:
        for m in pattern.finditer(_SPACED_DATE_RE.sub("", line)):  # 2022 年/9 月/16 日: a PDF page's head line
            value = _page_match(m)
            if value:
                return DatedValue(value, basis, line)
    return None


def signature_dates(clean: str, ends: Iterable[int], chrome: Sequence[Mention]) -> dict[int, tuple[DatedValue, str]]:
    """The day signed under a notice (``…公示如下 … 中共某市委组织部 / 2022年11月7日``): for each article end of
    ``ends``, the date of a dateline of the page's ``chrome`` that follows it with nothing but spaces between."""
    lines = {m.start: m for m in chrome if m.label == "dateline"}
    out: dict[int, tuple[DatedValue, str]] = {}
    if not lines:
        return out
    for end in ends:
        start = end
        while start < len(clean) and clean[start].isspace():
            start += 1
        m = lines.get(start)
        found = _ANY_PAGE_DATE_RE.search(m.text) if m is not None else None
        value = _page_match(found) if found else None
        if value:
            out[end] = DatedValue(value, "text", found.group()), found.group()
    return out
