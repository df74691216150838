"""Places a headline names (【昭平县召开茶产业发展推进会】, 涉县召开县委常委会（扩大）会议): each headline line read as
:mod:`extract.places` reads the body, its places added after the body's; a place the body names too keeps the body's
mention, and a person the body names is no place in it (蔺中原参加: no 中原). A headline's line holding `` / `` itself
(so that its spans cannot be told apart) is not read, nor is a line of the page's chrome the headline kept: an
account's name (新余发布 V, …官方微博), a list of other titles (·涉县召开…), a breadcrumb (… > …)."""

from __future__ import annotations

import re

from . import places
from .known_names import leftmost_longest
from .model import Article, ArticleFacts, PersonMention

_CHROME_LINE_RE = re.compile(r"^[·•]|…$|\sV(?:\s|$)|官方(?:微博|账号|微信)|发布$|[>＞]|发表于")


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the places of the article's headline lines that its body does not name to ``found.places``."""
    lines = article.headline.split(" / ") if article.headline else []
    if len(lines) != len(article.headline_spans):
        return
    seen = {p.name for p in found.places}
    names = {h.person.text for h in found.holdings} | {p.person.text for p in found.persons}
    for (start, end), line in zip(article.headline_spans, lines, strict=True):
        if _CHROME_LINE_RE.search(line):
            continue
        part = ArticleFacts(Article(article.doc_id, article.index, start, end, line))
        for s, e in leftmost_longest(line, names):  # 宓振华带队 蔺中原参加: the body's 蔺中原, not a place 中原
            part.persons.append(PersonMention(part.article.mention(s, e, "person"), ""))
        places.extract(part.article, part)
        for place in part.places:
            if place.name not in seen:
                seen.add(place.name)
                found.places.append(place)
