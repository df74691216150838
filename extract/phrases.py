"""Small text helpers shared by the meeting, project and place extractors.

Names in this genre have a head (会议, 项目, 路, 公园 …) and a free-form
modifier in front of it. The modifier's start is found by scanning back from
the head until punctuation, a predicate or particle (``scan_stops.txt``), or
a span already taken by a longer name.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import jieba

from .resources import words
from .segment import dictionary

#: Characters that end a sentence (events are read one sentence at a time).
SENTENCE_END = "。！？"
#: Characters that end a clause; a name never crosses them.
CLAUSE_END = "。！？，；：,;:\n"
#: Characters that may stand inside a name besides CJK letters.
NAME_CHARS = r"\u4e00-\u9fff0-9A-Za-z#＃（）()“”·\-"
_NAME_CHAR_RE = re.compile(f"[{NAME_CHARS}]")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence, the end mark included."""
    start = 0
    for m in re.finditer(f"[{SENTENCE_END}]", text):
        if m.end() > start:
            yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


#: An enumeration marker before a listed name (（二）…, 一是…, 1.…, ①…): never part of it.
_MARKER_RE = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|\d{1,2}[.．、]|[①-⑳])+")


def after_marker(text: str, start: int, head: int) -> int:
    """Move ``start`` past an enumeration marker the name opens with (``（二）桃源县…厂房二期`` → ``桃源县…``)."""
    m = _MARKER_RE.match(text, start, head)
    return m.end() if m else start


def normal(name: str) -> str:
    """One spelling per name: NFKC (full-width brackets become ASCII), no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def scan_back(
    text: str, head_start: int, limit: int = 30, taken: Iterable[tuple[int, int]] = (), adjacent_stops: bool = True
) -> int:
    """The start of the modifier in front of ``text[head_start:]``.

    Stops at a character that cannot be in a name, at the end of a stop word
    (``scan_stops.txt``), or at the end of a ``taken`` span (a :class:`SpanIndex` when there are many). With
    ``adjacent_stops=False`` a stop word right before the head is kept (提升工程).
    """
    non_name, stop_ends = _marks(text)
    # The scan goes back letter by letter and stops at the first of: the floor, a letter that cannot
    # be in a name, the end of a stop word, the end of a taken span: the largest of these offsets.
    pos = max(0, head_start - limit)
    i = bisect_right(non_name, head_start - 1) - 1
    if i >= 0:
        pos = max(pos, non_name[i] + 1)
    i = bisect_right(stop_ends, head_start if adjacent_stops else head_start - 1) - 1
    if i >= 0:
        pos = max(pos, stop_ends[i])
    if isinstance(taken, SpanIndex):
        pos = max(pos, taken.last_end_before(head_start))
    else:
        pos = max([pos] + [e for _, e in taken if e < head_start])
    if not _BRACKET_RE.search(text, pos, head_start):
        return pos
    # an unbalanced opening quote or bracket, and what precedes it, stay outside the name
    for a, b in (("“", "”"), ("（", "）"), ("(", ")")):
        seg = text[pos:head_start]
        while seg.count(a) > seg.count(b):
            pos += seg.index(a) + 1
            seg = text[pos:head_start]
        if seg.count(b) > seg.count(a) and b in seg:
            pos += seg.index(b) + 1
    return pos


@cache
def _stop_automaton() -> tuple[object, tuple[int, ...]]:
    """An Aho-Corasick automaton of the stop words, and their lengths by index: every occurrence, overlapping
    ones too, in one pass (a lookahead alternation per length tried every word at every letter)."""
    import ahocorasick_rs

    stops = sorted({w for w in words("scan_stops.txt") if w})
    return ahocorasick_rs.AhoCorasick(stops), tuple(len(w) for w in stops)


@lru_cache(maxsize=8)
def _stop_ends(text: str) -> frozenset[int]:
    """Every offset of ``text`` where a stop word (``scan_stops.txt``) ends: one scan per text, not per letter.
    A stop word that ends a longer proper noun of the dictionary (美的: a brand, 美的顺德机器人产业园项目) is none."""
    auto, lengths = _stop_automaton()
    return frozenset(
        end
        for i, start, end in auto.find_matches_as_indexes(text, overlapping=True)
        if _stop_kept(text[max(0, end - 3) : end], text[start : end + 2], lengths[i])
    )


@lru_cache(maxsize=1 << 16)
def _stop_kept(before: str, at: str, n: int) -> bool:
    """Does a stop word of ``n`` letters stop a scan here? ``before``: the three letters ending with it (fewer
    at the text's start), all :func:`_ends_proper_noun` reads; ``at``: it and the two letters after it, all
    :func:`_opens_facility` reads. The same few thousand windows recur in every text: asked once each."""
    return not _ends_proper_noun(before, len(before) - n, n) and not _opens_facility(at, 0, n)


#: Endings of dictionary nouns that name a facility (服务中心, 服务站, 服务区).
_FACILITY_ENDS = ("中心", "站", "区", "厅", "馆")


def _opens_facility(text: str, start: int, n: int) -> bool:
    """Does the stop word ``text[start:start + n]`` open a dictionary noun naming a facility (服务 of 游客服务中心项目)?
    Then it is part of a name, not a predicate before one."""
    tok = _tokenizer()
    for k in (n + 1, n + 2):
        word = text[start : start + k]
        if len(word) == k and word.endswith(_FACILITY_ENDS) and tok.tokenizer.FREQ.get(word):
            if tok.word_tag_tab.get(word) == "n":
                return True
    return False


#: jieba tags of proper nouns (persons, organisations, other names) that may end in a stop word's letters.
_PROPER_TAGS = frozenset({"nr", "nt", "nz"})


def _ends_proper_noun(text: str, start: int, n: int) -> bool:
    """Is ``text[start:start + n]`` the end of a two- or three-letter proper noun of jieba's dictionary?"""
    tok = _tokenizer()
    end = start + n
    for k in range(n + 1, 4):
        word = text[max(0, end - k) : end]
        if len(word) == k and tok.tokenizer.FREQ.get(word) and tok.word_tag_tab.get(word) in _PROPER_TAGS:
            return True
    return False


_NON_NAME_RE = re.compile(f"[^{NAME_CHARS}]")
_BRACKET_RE = re.compile("[“”（）()]")


@lru_cache(maxsize=8)
def _marks(text: str) -> tuple[list[int], list[int]]:
    """Sorted offsets of the letters that cannot be in a name, and of the ends of stop words (one scan per text)."""
    return [m.start() for m in _NON_NAME_RE.finditer(text)], sorted(_stop_ends(text))


class SpanIndex:
    """Spans sorted once, so that each question about them costs O(log n), not one pass over all of them.

    Why: checking every candidate against every other (``any(... for s, e in spans)``) made a sentence of
    100k zone names or title chains quadratic.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self.spans = pairs
        self.starts = [s for s, _ in pairs]
        self._ends = sorted(e for _, e in pairs)
        # reach[i]: the largest end among the first i + 1 spans (by start)
        self._reach: list[int] = []
        top = -1
        for _, e in pairs:
            top = max(top, e)
            self._reach.append(top)
        self._longest = {s: e for s, e in pairs}  # each start's largest end (pairs are sorted)

    def _reach_before(self, pos: int) -> int:
        """The largest end among spans starting before ``pos`` (-1 if none)."""
        i = bisect_left(self.starts, pos)
        return self._reach[i - 1] if i else -1

    def inside(self, a: tuple[int, int]) -> bool:
        """Does another span hold ``a`` (``s <= a0 and a1 <= e``, not ``a`` itself)?"""
        if self._reach_before(a[0]) >= a[1]:
            return True
        return self._longest.get(a[0], -1) > a[1]

    def within(self, a: tuple[int, int]) -> bool:
        """Does some span hold ``a`` or equal it?"""
        return self._reach_before(a[0] + 1) >= a[1]

    def overlaps(self, a: tuple[int, int]) -> bool:
        """Does some span share a letter with ``a``?"""
        return self._reach_before(a[1]) > a[0]

    def last_end_before(self, pos: int) -> int:
        """The largest span end ``< pos`` (-1 if none)."""
        i = bisect_left(self._ends, pos)
        return self._ends[i - 1] if i else -1


#: jieba tags of words that open a predicate, not a name (verbs, adverbs, pronouns …).
_PREDICATE_TAGS = {"v", "vd", "vn", "d", "r", "p", "c", "u", "a", "ad", "y", "f"}


@dataclass(frozen=True)
class _Tagger:
    tokenizer: jieba.Tokenizer  # the dictionary as shipped, without the genre's user words
    word_tag_tab: dict[str, str]  # each dictionary word's part-of-speech tag


@cache
def _tokenizer() -> _Tagger:
    """jieba's shipped dictionary (shared with :mod:`extract.segment`) and its tags.

    The tags are the table ``jieba.posseg`` loads as it is imported; building a tagger of our own
    would read ``dict.txt`` a second time (~0.4 s per process). Imported here, at the first use, not with this
    module: its HMM tables are ~60 MB, which a build's main process (it merges and writes, the workers extract)
    and its forked writers held for nothing.
    """
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    base = jieba.Tokenizer()
    base.FREQ, base.total = dictionary()
    base.initialized = True
    return _Tagger(base, jieba.posseg.dt.word_tag_tab)


def trim_predicate(text: str, start: int, head: int, single: frozenset[str] | None = None) -> int:
    """Move ``start`` past leading dictionary words that are predicates (解决, 要抓, 每个).

    Out-of-dictionary words (brands, names) are kept whatever their guessed tag,
    and one-letter words whose tag is not in ``single`` (经 in 经开区 is no preposition).
    """
    return start + _predicate_length(text[start:head], single)


@lru_cache(maxsize=16384)
def _predicate_length(phrase: str, single: frozenset[str] | None) -> int:
    """How many leading letters of ``phrase`` :func:`trim_predicate` drops (cached: phrases recur)."""
    tok = _tokenizer()
    freq = tok.tokenizer.FREQ
    if not _may_open_with_predicate(phrase, freq, tok.word_tag_tab):
        return 0
    pos = 0
    # Without HMM (5× faster) an out-of-dictionary word comes out as a run of one-letter
    # words: such a run is trimmed only if every letter of it is a predicate (要抓), else it
    # is taken as a word of its own (娃哈哈: a brand) and trimming stops.
    pairs = _leading_pairs(phrase)
    for i, (word, flag) in enumerate(pairs):
        if flag not in _PREDICATE_TAGS or not freq.get(word):
            break
        if len(word) == 1:
            run = [flag]
            for nxt, nxt_flag in pairs[i + 1 :]:
                if len(nxt) != 1:
                    break
                run.append(nxt_flag)
            if len(run) > 1 and not all(f in _PREDICATE_TAGS for f in run):
                break
        if single is not None and len(word) == 1 and flag not in single:
            break
        if len(word) == 1 and pos and _brand_letter(pairs, i):
            break  # 还有|润|华新能源: a letter read as a verb after a predicate, before a proper noun, opens the name
        pos += len(word)
    return pos


def _brand_letter(pairs: list[tuple[str, str]], i: int) -> bool:
    """Is the one-letter word ``pairs[i]``, after a trimmed word of two letters or more, directly followed by a
    word jieba tags as another proper noun (``nz``)? Then it is the first letter of a name (还有润华新能源储能电池项目:
    润 | 华新), not a second predicate: two verbs in a row are one-letter runs (要抓) or words (加快推进)."""
    return len(pairs[i - 1][0]) > 1 and i + 1 < len(pairs) and pairs[i + 1][1] == "nz"


def _may_open_with_predicate(phrase: str, freq: dict[str, int], tags: dict[str, str]) -> bool:
    """Is some dictionary word at the phrase's start a predicate? If none is, nothing is trimmed,
    whatever the segmentation: the full route is computed only when this says yes (a third of phrases)."""
    end = 1
    frag = phrase[:1]
    while frag and frag in freq and end <= len(phrase):  # FREQ holds every prefix of every word
        if freq[frag] and tags.get(frag, "x") in _PREDICATE_TAGS:
            return True
        end += 1
        frag = phrase[:end]
    return False


_BLOCK_RE = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+")  # jieba.posseg's re_han_internal
_ENG1_RE = re.compile("[a-zA-Z0-9]")


def _leading_pairs(phrase: str) -> list[tuple[str, str]]:
    """``(word, tag)`` as ``jieba.posseg`` without HMM gives them, for the phrase's first block only.

    What follows the first block is one word tagged ``x`` (a space, a mark, a digit outside a block):
    no predicate, so trimming never passes it. Skipping posseg's generators makes this ~2× faster.
    """
    block = _BLOCK_RE.match(phrase)
    if block is None:
        return [(phrase[:1], "x")] if phrase else []
    sentence = block.group()
    tok = _tokenizer()
    base = tok.tokenizer
    route: dict[int, tuple[float, int]] = {}
    base.calc(sentence, base.get_DAG(sentence), route)
    tags = tok.word_tag_tab
    out: list[tuple[str, str]] = []
    x, n, buf = 0, len(sentence), ""
    while x < n:
        y = route[x][1] + 1
        word = sentence[x:y]
        if len(word) == 1 and _ENG1_RE.match(word):
            buf += word
        else:
            if buf:
                out.append((buf, "eng"))
                buf = ""
            out.append((word, tags.get(word, "x")))
        x = y
    if buf:
        out.append((buf, "eng"))
    rest = phrase[block.end() :]
    if rest:
        out.append((rest[:2] if rest.startswith("\r\n") else rest[:1], "x"))
    return out


def word_count(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 when it is not a word of it)."""
    return _tokenizer().tokenizer.FREQ.get(word) or 0


def word_tag(word: str) -> str:
    """jieba's part-of-speech tag of ``word`` (``""`` when it is not a word of the dictionary)."""
    return _tokenizer().word_tag_tab.get(word, "") if word_count(word) else ""


def is_common_word(word: str) -> bool:
    """Is ``word`` in jieba's dictionary as something other than a person name?"""
    tok = _tokenizer()
    if not tok.tokenizer.FREQ.get(word):
        return False
    return not tok.word_tag_tab.get(word, "x").startswith("nr")
