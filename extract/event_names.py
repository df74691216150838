"""The people an event may name (its chair, leader and participants): the officials extractor's names, or, on a page
where it found none, names after a title word. Split from :mod:`extract.meetings`."""

from __future__ import annotations

import re

from .model import Article, ArticleFacts
from .phrases import is_common_word as _is_word
from .resources import alternation

_TITLE = alternation("person_title_ends.txt")
_AFTER = alternation("after_name.txt")
_FALLBACK_RE = re.compile(rf"(?:{_TITLE})(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=[，、。；]|{_AFTER})")
_LIST_RE = re.compile(rf"、(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=[，、。；]|{_AFTER})")


def person_names(article: Article, found: ArticleFacts) -> list[str]:
    """Person names for chair, leader and participants: the officials extractor's names when it found any;
    otherwise names that follow a title word (``主任张波``) or continue such a list (``、花磊``)."""
    names = {h.person.text for h in found.holdings} | {p.person.text for p in found.persons} | found.known_names
    if not names:
        text = article.text
        for m in _FALLBACK_RE.finditer(text):
            if _is_word(m.group("name")):
                continue  # 总书记重要讲话: 重要 is a word, not a name
            names.add(m.group("name"))
            pos = m.end()
            while (nxt := _LIST_RE.match(text, pos)) is not None:
                names.add(nxt.group("name"))
                pos = nxt.end()
    # longest first, so that 张国 never shadows 张国际
    return sorted(names, key=lambda n: (-len(n), n))
