"""The one place jieba is set up: its dictionary gains the genre's titles and organ types.

Segmentation runs only on short windows (a title chain's organ, a name's
surroundings), never on whole texts. The user words come from the lexicons
(``official_titles.txt``, ``org_units.txt``), so a title or an organ type is
one token (``党工委`` / ``副主任``), not split at a guess.
"""

from __future__ import annotations

import logging
from functools import cache

from .resources import words

USER_LEXICONS = ("official_titles.txt", "org_units.txt")


@cache
def dictionary() -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary as shipped, ``(FREQ, total)``: loaded once per process (~0.5 s)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    plain = jieba.Tokenizer()
    plain.initialize()
    return plain.FREQ, plain.total


@cache
def jieba_ready():
    """The default jieba tokenizer, initialised, with the genre's words added (once per process).

    It starts from a copy of :func:`dictionary`, which the predicate tagger of
    :mod:`extract.phrases` shares unchanged, so the dictionary is read once, not twice.
    """
    import jieba

    freq, total = dictionary()
    with jieba.dt.lock:
        jieba.dt.FREQ, jieba.dt.total = dict(freq), total
        jieba.dt.initialized = True
    for name in USER_LEXICONS:
        for word in words(name):
            if len(word) > 1:
                jieba.add_word(word, freq=max(jieba.get_FREQ(word) or 0, 1000))
    return jieba


def lcut(text: str, hmm: bool = False) -> list[str]:
    return jieba_ready().lcut(text, HMM=hmm)


def last_cue_end(run: str, cues: frozenset[str], tags: tuple[str, ...] = (), digits: bool = False) -> int:
    """Where the last token of ``run`` that is a cue word ends (0 if none): what stands before an organ and
    is no part of it (a preposition or time word; with ``tags``, any word of those jieba tags, e.g. a verb;
    with ``digits``, a token holding a digit: 召开十五届|区委). Used by :mod:`extract.officials` for an organ's
    start and by :mod:`extract.jurisdiction` for the place before a bare organ."""
    tag_of = {}
    if tags:
        from jieba import posseg

        jieba_ready()
        tag_of = posseg.dt.word_tag_tab
    cut = pos = 0
    for token in lcut(run):
        pos += len(token)
        if token == "和" and (pos == 2 and run[0] not in "省市县区乡镇村" or pos == 1 and run[2:3] in ("镇", "乡")):
            continue  # 胜和社区党委, 伊和乌素苏木, 和乐镇: one letter is no organ or town of its own; 和 is the name's
        if token in cues or (tags and len(token) > 1 and tag_of.get(token, "").startswith(tags)) or (
            digits and any(c.isdigit() for c in token)
        ):
            cut = pos
    return cut
