"""Names with their posts in brackets after them: duty lists and rosters (``接访领导：邰某（市委书记）``,
``晏某（市委副书记、市长）``, ``阚某（市委常委，经开区党工委书记）``).

A name that opens its field or list item (after ``：``, ``、``, ``，`` or a line break) and is followed by a bracket
holding one or more title chains (parted by ``，``) holds each post the chains name; the evidence is the name and its
bracket. Brackets of anything else (``图为某（左三）``, ``某（女）``) name no post: the bracket must end with a title
and hold nothing but chains. Runs after :mod:`extract.officials` and :mod:`extract.appointments`, whose readers of
chains it uses, and adds no holding they found already.
"""

from __future__ import annotations

import re

from .appointments import _chain_posts
from .model import Article, ArticleFacts, Holding
from .names import name_at
from .official_words import ends_with, lexicon
from .organs import fill_prefix, own_organ_units

#: A name opening its field or item, then its bracket of posts (full-width or ASCII brackets).
_NAMED_RE = re.compile(
    r"(?:^|(?<=[：:、，,\n 　]))(?P<name>[\u4e00-\u9fff]{2,4}?)[（(](?P<posts>[\u4e00-\u9fff、，,]{2,60})[）)]"
)


#: Words that open a career note in brackets (原任, 现任, 拟任, 曾任, 任, 兼任): not a list of posts held.
_CAREER_WORDS = ("原", "现任", "拟", "曾", "任", "兼任", "时任")


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the holdings of every name followed by a bracket of title chains."""
    text = article.text
    if "（" not in text and "(" not in text:
        return
    titles = lexicon()["titles"]
    known = set(found.known_names) | {h.person.text for h in found.holdings}
    seen = {(h.person.text, h.org, h.title) for h in found.holdings}
    context = fill_prefix(text, article.headline)
    units = own_organ_units(context, article.headline + "\n" + text)
    for m in _NAMED_RE.finditer(text):
        start, name_end = m.start("name"), m.end("name")
        if name_at(text, start, known, strict=True) != name_end - start or not ends_with(text, m.end("posts"), titles):
            continue
        posts: list[tuple[str, str]] = []
        pos = m.start("posts")
        for part in re.split("[，,]", m.group("posts")):
            if part.startswith(_CAREER_WORDS):
                posts = []
                break  # 燕某（原任…，现任…）: a career note, read by the appointments extractor
            chain, end = _chain_posts(text, pos, context, units)
            if not chain or end != pos + len(part):
                posts = []
                break  # a part that is no chain ending with a title: the bracket is something else
            posts += chain
            pos += len(part) + 1
        person = article.mention(start, name_end, "person")
        evidence = article.mention(start, m.end(), "post")
        for org, title in posts:
            if (person.text, org, title) not in seen:
                seen.add((person.text, org, title))
                found.holdings.append(Holding(person, org, title, evidence))
