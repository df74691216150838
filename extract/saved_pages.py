"""Clean-up steps for pages saved from the web with what a browser shows or leaves: their HTML (tags, entities,
style and script) and their typography (a two-letter name padded to three: ``记者：孙　悦``). Split from
:mod:`extract.clean`, whose :data:`~extract.clean.NORMALIZE` runs them; each keeps the offset map."""

from __future__ import annotations

import re
from bisect import bisect_left

from .mapped import MappedText

#: Markup left in a page saved as text: a block tag (a line's end), any other tag or comment, an entity, a line of
#: style or script (.TRS_Editor P{…}, var _hmt = …;), a style or script element or a comment over several lines.
_BLOCK_TAG_RE = re.compile(r"</?(?:p|br|div|li|tr|h[1-6]|table)\b[^<>\n]{0,300}>", re.I)
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}\b[^<>\n]{0,300}>")
_ENTITY_RE = re.compile(r"&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[A-Za-z]{2,8});")
#: A style or script element's or a comment's opening and closing marks, paired in one pass (an unclosed one is left).
_OPEN_RE = re.compile(r"<(style|script)\b[^<>]{0,300}>|<[!！]--", re.I)
_CLOSE_RE = re.compile(r"</(style|script)\s*>|--[>＞]", re.I)
_ELEMENT_REACH = 20000  # the longest element or comment removed whole
_CODE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:[.#]?[A-Za-z_][\w.\-#, ]*\{[^\n]*\}|(?:var|function|window\.|document\.)[^\n]*[;{=])[^\n]*$")


def strip_markup(t: MappedText) -> MappedText:
    """A page saved with its HTML left in: block tags end lines, other tags, comments and style or script lines go,
    entities become their letters (``&ldquo;`` → “, ``&nbsp;`` → a space; :func:`html.unescape`). Text with no ``<`` or
    ``&`` is returned as it is."""
    if "<" not in t.text and "&" not in t.text and "{" not in t.text:
        return t
    import html

    t = _drop(t, _element_spans(t.text)).sub(_CODE_LINE_RE, "").sub(_BLOCK_TAG_RE, "\n").sub(_TAG_RE, "")
    return t.sub(_ENTITY_RE, lambda m: html.unescape(m.group()))


def _element_spans(text: str) -> list[tuple[int, int]]:
    """The style and script elements and the comments of ``text``, each opening paired with the next closing of its
    kind by bisection (linear in the text however many are left unclosed)."""
    if "<" not in text:
        return []
    closes: dict[str, list[tuple[int, int]]] = {}
    for m in _CLOSE_RE.finditer(text):
        closes.setdefault((m.group(1) or "--").lower(), []).append(m.span())
    spans, pos = [], 0
    for m in _OPEN_RE.finditer(text):
        kind = (m.group(1) or "--").lower()
        ends = closes.get(kind, [])
        i = bisect_left(ends, (m.end(), 0))
        if m.start() >= pos and i < len(ends) and ends[i][0] - m.end() <= _ELEMENT_REACH:
            spans.append((m.start(), ends[i][1]))
            pos = ends[i][1]
    return spans


def _drop(t: MappedText, spans: list[tuple[int, int]]) -> MappedText:
    """``t`` without the characters of ``spans`` (sorted, apart), its offsets kept."""
    if not spans:
        return t
    keep = [(a, b) for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(t.text)], strict=True)]
    return MappedText("".join(t.text[a:b] for a, b in keep),
                      tuple(o for a, b in keep for o in t.offsets[a:b]) + (t.offsets[-1],))


#: A two-letter name padded with a space to the width of three (记者：孙　悦　王　浩, 编辑：李　娜), after a label's
#: colon, a bracket or a space, and before a space, a bracket or the line's end.
_PADDED_NAME_RE = re.compile(r"(?<=[：:（( 　])([\u4e00-\u9fff])[ 　]([\u4e00-\u9fff])(?=[ 　）)]|$)", re.M)


_CREDIT_WORD_RE = re.compile(r"记者|通讯员|编辑|审核|校对|作者|摄影|摄像|[初复终]审|签发|监制|责编|美编")


def close_name_padding(t: MappedText) -> MappedText:
    """Close the padding inside two-letter names of credit lines (``记者：孙　悦　王　浩`` → ``记者：孙悦　王浩``), so that
    each name is read whole; only where a lone letter stands on each side of one space between delimiters."""
    if "　" not in t.text and " " not in t.text:
        return t
    text = t.text

    def close(m: re.Match[str]) -> str:  # only after a credit's role or label, a few letters back (字体：大 中 小 stays)
        return m.group(1) + m.group(2) if _CREDIT_WORD_RE.search(text, max(0, m.start() - 24), m.start()) else m.group()

    return t.sub(_PADDED_NAME_RE, close)
