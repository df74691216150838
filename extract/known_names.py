"""Later mentions of names already known in an article (``樊福太强调``): each a :class:`PersonMention` with an
empty role, found in one left-to-right pass whatever the number of names (:func:`leftmost_longest`).

Reads: the article, the names its title chains and lists gave (:mod:`extract.officials`), the spans those took.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .model import Article, ArticleFacts, PersonMention
from .phrases import SpanIndex


def bare_mentions(article: Article, found: ArticleFacts, names: set[str], taken: list[tuple[int, int]]) -> None:
    """Later mentions of known names (``樊福太强调``), each once per place in the text."""
    text = article.text
    if not names:
        return
    spans = SpanIndex(taken)
    for start, end in leftmost_longest(text, names):
        if spans.overlaps((start, end)):
            continue
        found.persons.append(PersonMention(article.mention(start, end, "person"), ""))


def leftmost_longest(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Spans of ``names`` in ``text``, scanning left to right, the longest name at a place, no overlaps.

    What ``re.finditer`` of a longest-first alternation finds, without compiling one per article: one
    pass over the places where a name's first letter stands, each trying the names' few lengths, longest
    first. Linear in the text whatever the number of names (a roster of thousands searched for each name
    in turn was names × text).
    """
    names = {n for n in names if n}
    if not names:
        return []
    lengths = sorted({len(n) for n in names}, reverse=True)
    out: list[tuple[int, int]] = []
    last = 0
    size = len(text)
    for start in _starts(text, {n[0] for n in names}):
        if start < last:
            continue
        for n in lengths:
            if start + n <= size and text[start : start + n] in names:
                out.append((start, start + n))
                last = start + n
                break
    return out


FEW_LETTERS = 16  # most first letters searched one by one (a pass over the text each); more, one pattern of them all


def _starts(text: str, letters: set[str]) -> Iterator[int]:
    """Every offset of ``text`` where one of ``letters`` stands, in order. An article's names open with a few
    surnames: found by ``str.find``, no pattern compiled for each article's set (a compile costs more than
    the search). Many letters (a roster): one compiled class, one pass, whatever their number."""
    if len(letters) > FEW_LETTERS:
        return (m.start() for m in _first_letter_re("".join(sorted(letters))).finditer(text))
    found = []
    for letter in letters:
        i = text.find(letter)
        while i >= 0:
            found.append(i)
            i = text.find(letter, i + 1)
    return iter(sorted(found))


@lru_cache(maxsize=64)
def _first_letter_re(letters: str) -> re.Pattern[str]:
    """A class of many letters names open with."""
    return re.compile(f"[{re.escape(letters)}]")
