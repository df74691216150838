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
def jieba_ready():
    """The default jieba tokenizer, initialised, with the genre's words added (once per process)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    for name in USER_LEXICONS:
        for word in words(name):
            if len(word) > 1:
                jieba.add_word(word, freq=max(jieba.get_FREQ(word) or 0, 1000))
    return jieba


def lcut(text: str, hmm: bool = False) -> list[str]:
    return jieba_ready().lcut(text, HMM=hmm)
