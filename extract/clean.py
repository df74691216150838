"""Undo PDF-extraction damage while keeping a map back to the original text.

A :class:`~extract.mapped.MappedText` is a string plus, for every character, the
offset of the raw character it came from. Each clean-up step is a small function
``MappedText -> MappedText`` built from one regular expression, so each can be
tested on its own as ``str -> str`` through :func:`apply`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache

from .cell_lines import cells_on_lines
from .convert import to_simplified
from .mapped import MappedText, Step
from .numeral_dates import arabic_dates
from .saved_pages import close_name_padding, strip_markup

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Chinese punctuation that may stand next to CJK text with no space.
CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…·「」『』〔〕"


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII letters and digits
        ch = chr(code)
        half = unicodedata.normalize("NFKC", ch)
        if half.isalnum():
            table[code] = half
    table.update({0xFF0D: "-", 0xFF0E: ".", 0xFF0F: "/", 0x3000: " "})  # a date's ２０２１－０５－１２; ideographic space
    for ch in "\u00a0\u2002\u2003\u2009\u200b\ufeff":
        table[ord(ch)] = " "
    table[ord("\t")] = " "
    return table


_WIDTH = _width_table()
_WIDTH_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_WIDTH)) + "]")
#: Half-width punctuation that stands for its full-width twin in Chinese text.
_PUNCT_HALF = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}


_PAGE_BREAK_RE = re.compile(r"[\x0b\x0c\x85\u2028\u2029]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def remove_control_characters(t: MappedText) -> MappedText:
    """Form feeds (pdftotext's page breaks) and other line separators to ``\\n``; other control characters go.

    A control character inside a name (``李\\x01小虎``) would otherwise hide the
    name, and XML outputs cannot carry it.
    """
    return t.sub_letters(_PAGE_BREAK_RE, "\n").sub(_CONTROL_RE, "")


#: Zero-width characters, word joiners, an inner BOM, direction marks, embeddings, overrides and isolates.
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def remove_invisible(t: MappedText) -> MappedText:
    """Characters that print as nothing go (the offset map keeps the rest in place).

    Pasted from web pages they sit inside names (``李\\u200b小虎``, ``张\\u200e国``) and would split them."""
    return t.sub(_INVISIBLE_RE, "")


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: A reading in brackets right after a letter: 區(qū), 們(men).
_GLOSS_RE = re.compile(rf"(?<=[{CJK}])\((?:[a-zü{_TONED}]{{1,6}})\)")
#: One with a tone mark: no bracketed word of a normal text looks like it.
_TONED_GLOSS_RE = re.compile(rf"(?<=[{CJK}])\([a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}\)")
#: How many toned readings make a text one whose every reading goes.
GLOSSED_TEXT = 3


def remove_pinyin_glosses(t: MappedText) -> MappedText:
    """Pinyin in brackets after letters (``區(qū)委書(shū)記趙峻嶺``: pages machine-converted to traditional script with
    the reading of every converted letter) go, in a text with at least :data:`GLOSSED_TEXT` toned readings; a
    text with fewer keeps every bracket as written.
    """
    if "(" not in t.text:
        return t
    found = _TONED_GLOSS_RE.finditer(t.text)
    if sum(1 for _m, _n in zip(found, range(GLOSSED_TEXT), strict=False)) < GLOSSED_TEXT:
        return t
    return t.sub(_GLOSS_RE, "")


def normalize_newlines(t: MappedText) -> MappedText:
    return t.sub(re.compile(r"\r\n?"), "\n")


def tabs_to_cells(t: MappedText) -> MappedText:
    """A table's row written with tabs (``1\t臧某\t男\t1983.09\t…``) gets ``|`` between its cells, as tables written
    with bars have: its cells stay apart when spaces are closed up (``臧某男`` was one word). Lines with fewer than
    two tabs keep them (one pass over the lines, one over the tabs). A row laid out with wide spaces (``符某军　男　1978.10
    　在职研究生　沅陵县委常委、组织部部长``: three runs or more, no sentence's marks) is read the same."""
    if "\t" not in t.text and "\u3000" not in t.text:
        return t
    rows = sorted([m.span() for m in _TAB_ROW_RE.finditer(t.text)] + _wide_rows(t.text))
    starts = [s for s, _e in rows]

    def bar(m: re.Match[str]) -> str:
        i = bisect_right(starts, m.start()) - 1
        return " | " if i >= 0 and m.start() < rows[i][1] else m.group()

    return t.sub(_TABS_RE, bar)


#: A line with two tabs or more (a table's row), and a run of tabs between two cells.
_TAB_ROW_RE = re.compile(r"(?m)^[^\n\t]*\t[^\n\t]*\t[^\n]*")
_TABS_RE = re.compile(r"(?<=\S)(?:\t+|\u3000+)(?=\S)")
_WIDE_ROW_RE = re.compile(
    r"(?m)^[^\n\t。，；！？]*?\S\u3000+\S[^\n\u3000。，；！？]*\u3000+\S[^\n\u3000。，；！？]*\u3000+\S[^\n。！？]*$")
#: A personnel table's header row (姓名 and another column: 性别, 出生年月, 现任职务): the wide rows under it are its.
_PERSONNEL_HEADER_RE = re.compile(r"(?m)^[^\n]*(?:姓名|领导|河长|河（湖）长)[^\n]*(?:性别|出生|职务)[^\n]*$")
_TABLE_REACH = 2000


def _wide_rows(text: str) -> list[tuple[int, int]]:
    """The rows of personnel tables laid out with wide spaces: wide rows from a header row on, a table's length."""
    if "\u3000" not in text or "职务" not in text:
        return []
    out: list[tuple[int, int]] = []
    for h in _PERSONNEL_HEADER_RE.finditer(text):
        out += [m.span() for m in _WIDE_ROW_RE.finditer(text, h.start(), min(len(text), h.end() + _TABLE_REACH))]
    return sorted(set(out))


def normalize_width(t: MappedText) -> MappedText:
    """Full-width letters and digits to ASCII; odd spaces to plain spaces; 二〇二三年九月十四日 to 2023年9月14日."""
    return arabic_dates(t.translate(_WIDTH, _WIDTH_RE))


_HALF_PUNCT_RE = re.compile(r"(?<![0-9A-Za-z])[,;:!?]|[,;:!?](?![0-9A-Za-z])|[()]")


def normalize_punctuation(t: MappedText) -> MappedText:
    """ASCII ``, ; : ( ) ! ?`` to the full-width forms used in Chinese text.

    A comma or colon between two ASCII digits or letters (``1,000``, ``10:30``)
    is left alone.
    """
    return t.sub_letters(_HALF_PUNCT_RE, lambda m: _PUNCT_HALF[m.group()])


_JOINABLE = f"[{CJK}{re.escape(CJK_PUNCT)}0-9A-Za-z%“”]"
_LINEBREAK_RE = re.compile(rf"(?<={_JOINABLE})[ ]*\n[\s]*(?={_JOINABLE})")


#: A line of a roster: a title chain, a space, a name (``区委副书记、区长 齐晓鹏``): its own line, never joined.
_ROSTER_LINE_RE = re.compile(rf"[^\n，。；：！？]{{2,40}}?[{CJK}][ ]+[{CJK}·]{{2,8}}[ ]*")


#: A minutes' line (出席：植某　常务副市长) or a leader list's (一、冷某刚　县委副书记、县长; 闻某轩　副县长，…组长).
_NAME_TITLE_LINE_RE = re.compile(
    rf"[ 　]*(?:[一二三四五六七八九十]{{1,3}}、|[{CJK}]{{2,4}}[：:])?[ 　]*[{CJK}·]{{2,6}}[ 　]+(?:[{CJK}、]{{0,16}}"
    rf"(?:长|书记|主任|委员|主席|常委|员)(?:[（(][^）)\n]{{1,10}}[）)])?(?:[，,](?=[{CJK}]))?){{1,3}}[ 　]*")


#: A paragraph of a 领导班子 page opening with a title chain, a space and a name (``党组成员、副局长　邰某明``, then the
#: duties): laid out, never a PDF's broken sentence (which does not open a paragraph with its subject's titles).
_TITLE_NAME_LINE_RE = re.compile(rf"[{CJK}、（）()]{{1,30}}(?:长|书记|主任|委员|主席|常委|员)[ ]+[{CJK}·]{{2,8}}[ ]*")


#: A 名单's heading (…委员会书记、副书记名单) or one of its lines (副书记：甲　乙): lines of their own.
_ROSTER_RE = re.compile(rf"[ ]*(?:[^\n]{{2,70}}名单|[{CJK}]{{1,8}}[：:][ ]*[{CJK}·]{{2,8}}(?:[ ]+[{CJK}·]{{2,8}})*"
                        r"(?:[（(][^\n）)]{1,12}[）)])?)[ ]*")


#: A line a 任前公示 or a résumé opens with: its person (``王某，男，``) or a field (``现任职务：``, ``拟任职务：``); or a
#: duty roster's row: a day, a name, a title (``9月29日（中秋节）　储某庆　县委书记``).
#: A duty roster's day, with its holiday in brackets (``9月29日（中秋节）``); read by :mod:`extract.appointments` too.
ROSTER_DAY = r"\d{1,2}月\d{1,2}日(?:[（(][^）)\n]{1,8}[）)])?"
_FIELD_LINE_RE = re.compile(rf"[{CJK}·]{{2,8}}[，,][男女][，,]|(?:现任|拟任|原任)职务[：:]"
                            rf"|{ROSTER_DAY}[ 　]+[{CJK}·]{{2,6}}[ 　]+[{CJK}]")


@cache
def _table_field_re() -> re.Pattern[str]:
    """A disclosure table's field opening a line (索引号：, 标题：, 发文机关：; ``page_chrome.tsv``'s table words)."""
    from .chrome_fields import table_labels

    return re.compile("(?:" + "|".join(re.escape(w) for w in sorted(table_labels(), key=len, reverse=True)) + ")[：:]")


def join_lines(t: MappedText) -> MappedText:
    """Join lines broken inside words or sentences (PDF columns); a roster's and a table's lines stay lines."""
    text = t.text

    def join(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        next_end = line_end if line_end >= 0 else len(text)
        if (text.count("|", line_start, m.start()) >= 2 or text.count("|", m.end(), next_end) >= 2
                or _ROSTER_RE.fullmatch(text, line_start, m.start()) or _ROSTER_RE.fullmatch(text, m.end(), next_end)):
            return "\n"  # a table's row (序号 | 姓名 | …): its own line, and so is the line before it
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if ((m.group().count("\n") > 1 and name_line(text[m.end() : line_end if line_end >= 0 else len(text)]))
                or (name_line(text[line_start : m.start()]) and _opens_paragraph(text, line_start))
                or (line_start and name_line(text[prev_start : line_start - 1]) and _opens_paragraph(text, prev_start))):
            return "\n"  # a 领导之窗 entry: its name opening a paragraph, its posts on the next line, then its duties
        if _NAME_TITLE_LINE_RE.fullmatch(text, line_start, m.start()) or _NAME_TITLE_LINE_RE.fullmatch(
                text, m.end(), line_end if line_end >= 0 else len(text)) or (
                _TITLE_NAME_LINE_RE.fullmatch(text, line_start, m.start()) and _opens_paragraph(text, line_start)) or (
                m.group().count("\n") > 1 and roster_line(text[m.end() : line_end if line_end >= 0 else len(text)])):
            return "\n"  # minutes' lines (出席：某某　副市长): a name, a space, a title; a 班子 page's, the other way round
        if _FIELD_LINE_RE.match(text, m.end()) or _table_field_re().match(text, m.end()):
            return "\n"  # a 任前公示's person (王某，男，…) or field (现任职务：…), a disclosure table's (标题：…)
        if not _ROSTER_LINE_RE.fullmatch(text, line_start, m.start()):
            return ""
        if m.group().count("\n") > 1:
            return "\n"  # the roster's last line, a blank line after it
        end = text.find("\n", m.end())
        return "\n" if _ROSTER_LINE_RE.fullmatch(text, m.end(), end if end >= 0 else len(text)) else ""

    return t.sub(_LINEBREAK_RE, join)


def name_line(line: str) -> bool:
    """A line that is a person's name alone (2–4 letters, a surname first, no dictionary word: 孔某舟, not 高质量)."""
    name = line.strip()
    if not (2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name) and _has_surname(name)):
        return False
    from .names import looks_like_word

    return not looks_like_word(name)


@cache
def _surnames() -> frozenset[str]:
    from .resources import words

    return frozenset(words("surnames.txt"))


def _has_surname(name: str) -> bool:
    return name[:1] in _surnames() or name[:2] in _surnames()


def roster_line(line: str) -> bool:
    """A title chain, a space and a person's name (``局长、党组书记 戴某民``), or the name first
    (``陶某林 县委常委、常务副县长``): a 班子 page's entry, no headline."""
    s = line.strip()
    if _TITLE_NAME_LINE_RE.fullmatch(s):
        name = s.rsplit(" ", 1)[-1]
    elif _NAME_TITLE_LINE_RE.fullmatch(s) and " " in s and "：" not in s:
        name = s.split(" ", 1)[0]
    else:
        return False
    return 2 <= len(name) <= 4 and _has_surname(name)


def _opens_paragraph(text: str, line_start: int) -> bool:
    """Does the line at ``line_start`` follow a blank line (or open the text)?"""
    before = text[max(0, line_start - 40) : line_start].rstrip(" \n")
    return line_start == 0 or text.count("\n", max(0, line_start - 40) + len(before), line_start) >= 2


_SPACED_RE = re.compile(rf"(?<=[{CJK}{re.escape(CJK_PUNCT)}])[ ]+(?=[{CJK}{re.escape(CJK_PUNCT)}])")
_LONE_RE = re.compile(rf"(?:^|(?<=[ \n]))[{CJK}{re.escape(CJK_PUNCT)}](?=[ \n]|$)", re.M)


def remove_letter_spacing(t: MappedText) -> MappedText:
    """Remove spaces inside letter-spaced runs (``经 开 区 党``).

    A space between CJK characters goes when a single character stands on
    either side of it; spaces between words (``记者 王赛华 董茜``,
    headline halves) stay.
    """
    text = t.text
    if _SPACED_RE.search(text) is None:  # most blocks: no space between CJK letters, no lone letters to find
        return t
    lone = {m.start() for m in _LONE_RE.finditer(text)}

    def repl(m: re.Match[str]) -> str:
        before, after = m.start() - 1, m.end()
        return "" if before in lone or after in lone else " "

    return t.sub(_SPACED_RE, repl)


_INNER_SPACE_RE = re.compile(rf"(?<=[{CJK}])[ ]+(?=[{CJK}])")


@cache
def _title_parts() -> tuple[frozenset[tuple[str, str]], frozenset[str], frozenset[str], int]:
    """Every title cut in two (主|任, 区|长 …), the titles, the surnames, the longest title."""
    from .resources import words

    titles = words("official_titles.txt")
    cuts = frozenset((t[:k], t[k:]) for t in titles for k in range(1, len(t)))
    return cuts, frozenset(titles), frozenset(words("surnames.txt")), max(map(len, titles))


def repair_split_words(t: MappedText) -> MappedText:
    """Remove a stray space inside a title (``主 任周某``) or between a title and the name after it
    (``区长 李某``), as web pages and PDF text both print them.

    Only these spaces go: a space between other words (headline halves, ``扫雪除冰保畅通 多措并举``) stays.
    """
    text = t.text
    if _INNER_SPACE_RE.search(text) is None:
        return t
    cuts, titles, surnames, longest = _title_parts()

    def repl(m: re.Match[str]) -> str:
        s, e = m.start(), m.end()
        for k in range(1, longest):
            left = text[max(0, s - k) : s]
            for j in range(1, longest - k + 1):
                if (left, text[e : e + j]) in cuts:
                    return ""
        if any(text[max(0, s - n) : s] in titles for n in range(2, longest + 1)):
            after = text[e : e + 3]
            if (after[:2] in surnames or after[:1] in surnames) and len(after) >= 2 and all(
                "\u4e00" <= ch <= "\u9fff" for ch in after[:2]
            ):
                return ""
        return m.group()

    return t.sub(_INNER_SPACE_RE, repl)


_SPACE_PUNCT_RE = re.compile(rf"[ ]+(?=[{re.escape(CJK_PUNCT)}])|(?<=[{re.escape(CJK_PUNCT)}])[ ]+")


def remove_space_around_punctuation(t: MappedText) -> MappedText:
    return t.sub(_SPACE_PUNCT_RE, "")


_STRIP_RE = re.compile(r"^\s+|\s+$")


def strip(t: MappedText) -> MappedText:
    return t.sub(_STRIP_RE, "")


_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")


def replace_surrogates(t: MappedText) -> MappedText:
    """Lone surrogates (from JSON ``\\ud800`` escapes) to U+FFFD: they cannot be encoded or matched."""
    return t.sub_letters(_SURROGATE_RE, "\ufffd")


def newlines_to_spaces(t: MappedText) -> MappedText:
    return t.sub(re.compile(r"[ ]*\n[\s]*"), " ")


#: Steps for a byline, whose line breaks separate names.
CLEAN_BYLINE: tuple[Step, ...] = (newlines_to_spaces, strip)
#: Steps that keep every line where it is (used before article splitting).
NORMALIZE: tuple[Step, ...] = (
    replace_surrogates,
    remove_control_characters,
    remove_invisible,
    remove_pinyin_glosses,
    normalize_newlines,
    strip_markup,
    close_name_padding,
    tabs_to_cells,
    normalize_width,
    cells_on_lines,
    normalize_punctuation,
    to_simplified,
)
#: Steps applied to one block (headline, body, byline) after splitting.
CLEAN_BLOCK: tuple[Step, ...] = (
    remove_letter_spacing,
    join_lines,
    remove_letter_spacing,
    remove_space_around_punctuation,
    strip,
)
#: Steps for an article body: a block's, and stray spaces in titles and before names repaired (in a
#: headline a space parts two phrases: ``县委书记 项目建设推进会``).
CLEAN_BODY: tuple[Step, ...] = CLEAN_BLOCK[:3] + (repair_split_words,) + CLEAN_BLOCK[3:]


def run(t: MappedText, steps: Iterable[Step]) -> MappedText:
    for step in steps:
        t = step(t)
    return t


def apply(text: str, steps: Iterable[Step]) -> str:
    """Run ``steps`` on a plain string (for tests and notebooks)."""
    return run(MappedText.of(text), steps).text


def clean_text(text: str) -> str:
    """Normalise and clean a whole text as one block."""
    return apply(text, NORMALIZE + CLEAN_BLOCK)
