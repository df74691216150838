"""Traditional → simplified Chinese for matching, with the offset map kept.

The lexicons and patterns are simplified Chinese, so a Big5 paper (or any
traditional-character text) would match nothing. :func:`to_simplified` is a
clean-up step like the others in :mod:`extract.clean`: it rewrites the text
for matching while every character still maps to the raw character it came
from, so evidence spans index the original traditional text.

OpenCC's ``t2s`` conversion is used. It is one character to one for almost
every character; its phrase tables (``乾燥→干燥``) are used where a line keeps
its length, and a line where they would change the length falls back to
character-level conversion, so offsets never shift. The step runs only when
the text looks traditional (:func:`looks_traditional`); simplified text
passes through untouched, so a stray ``乾`` in ``乾隆`` is never rewritten.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from .mapped import MappedText

log = logging.getLogger(__name__)

#: Share of CJK characters that must be traditional-only for the text to count as traditional.
THRESHOLD = 0.05
#: ... and at least this many of them (a headline quoting one traditional word stays as it is).
MIN_TRADITIONAL = 3

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _converter():
    """OpenCC's t2s converter, or None when the package is not installed."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency
        log.warning("opencc is not installed: traditional-character text is matched as it is")
        return None
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def char_t2s(ch: str) -> str:
    """One character converted on its own; the character itself when the result is not one character."""
    conv = _converter()
    if conv is None:
        return ch
    out = conv.convert(ch)
    return out if len(out) == 1 else ch


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern[str] | None:
    """One character class of every CJK character that t2s changes (built once per process, ~0.05 s)."""
    if _converter() is None:
        return None
    chars = [
        chr(code)
        for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
        for code in range(lo, hi + 1)
        if char_t2s(chr(code)) != chr(code)
    ]
    return re.compile("[" + "".join(re.escape(ch) for ch in chars) + "]")


def traditional_chars(text: str) -> set[str]:
    """The distinct characters of ``text`` that t2s changes (traditional-only characters)."""
    rx = _traditional_re()
    return set(rx.findall(text)) if rx is not None else set()


def looks_traditional(text: str, threshold: float = THRESHOLD) -> bool:
    """Whether traditional-only characters make up at least ``threshold`` of the CJK characters."""
    rx = _traditional_re()
    if rx is None:
        return False
    count = len(rx.findall(text))
    return count >= MIN_TRADITIONAL and count >= threshold * len(_CJK_RE.findall(text))


def t2s_same_length(text: str) -> str:
    """``text`` in simplified characters, exactly as long as ``text`` (per line, phrase tables where they fit)."""
    conv = _converter()
    if conv is None:
        return text
    table = {ord(ch): char_t2s(ch) for ch in traditional_chars(text)}
    out = []
    for line in text.splitlines(keepends=True):
        phrase = conv.convert(line)
        out.append(phrase if len(phrase) == len(line) else line.translate(table))
    result = "".join(out)
    if len(result) != len(text):  # pragma: no cover - each line keeps its length
        result = text.translate(table)
    return result


def to_simplified(t: MappedText) -> MappedText:
    """Clean-up step: simplified characters for traditional-looking text, offsets unchanged."""
    if not looks_traditional(t.text):
        return t
    return MappedText(t2s_same_length(t.text), t.offsets)
