"""Rivers named in a text, read against the lexicon ``rivers.txt`` (嘉陵江, 沅水, 九洲江). Split from
:mod:`extract.places`, which reads them with its other candidates."""

from __future__ import annotations

import re
from functools import cache

from .resources import words


@cache
def _river_names() -> tuple[frozenset[str], int]:
    names = frozenset(words("rivers.txt"))
    return names, max(map(len, names))


_RIVER_END_RE = re.compile("[江河水溪渠]")
#: What, right after a river's name, makes it another place's name (长江路, 西江镇, 汉水桥街道, 丹江口, 珠江源).
_NAMED_AFTER_RIVER = ("路", "大道", "大街", "街", "镇", "乡", "村", "社区", "桥", "埠", "口", "源", "区", "县", "市")


def rivers_in(text: str) -> list[tuple[int, int, str, str, None]]:
    """The rivers of ``rivers.txt`` (嘉陵江, 沅水): at each letter that ends one, the longest name ending there. A
    place named after a river (长江路, 西江镇, 丹江口) is that place, no river."""
    names, longest = _river_names()
    out = []
    for m in _RIVER_END_RE.finditer(text):
        end = m.end()
        for n in range(min(longest, end), 1, -1):
            if text[end - n : end] in names:
                if not text.startswith(_NAMED_AFTER_RIVER, end):
                    out.append((end - n, end, text[end - n : end], "river", None))
                break
    return out


#: Words that follow a river's name and no person's (长江干流, 长江经济带): a title's 长 that opens them opens the river.
_RIVER_WORDS = ("干流", "支流", "流域", "经济带", "沿线", "沿岸", "岸线", "大保护", "段", "畔", "两岸")


def river_at(text: str, pos: int) -> bool:
    """Does a river of the lexicon open at ``text[pos]``, a river's word after it (万州区长江干流: the 长 of 区长 opens
    长江; 市长江某某 stays a 市长 and a name)?"""
    names, longest = _river_names()
    return any(text[pos : pos + n] in names and text.startswith(_RIVER_WORDS, pos + n)
               for n in range(2, min(longest, len(text) - pos) + 1))

