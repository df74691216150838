"""Names with a title after them, as a form of address: ``王建军市长强调``, ``陈刚书记一行``.

Reads (after :mod:`extract.officials` and :mod:`extract.appointments`) every name followed by a title of
``honorific_titles.tsv`` and a clear end (punctuation or a follower word: 强调, 一行, 在 …). A *level*
title names its level's government (``市长`` → ``市政府``), resolved against the article's place by
:mod:`extract.jurisdiction`: the holding is kept only when that place is known (``form="honorific"``;
otherwise it becomes a mention). An *ambiguous* title (``书记`` of which committee?) adds nothing new when
the person holds exactly one such post in the article and is kept as a mention with that role otherwise.
"""

from __future__ import annotations

import re
from functools import cache

from .model import Article, ArticleFacts, Holding, PersonMention
from .names import cue_after, looks_like_word, name_ending_at
from .official_words import is_cjk, lexicon, starts_with
from .phrases import SpanIndex
from .resources import table

_GOVERNMENT = "政府"


@cache
def _titles() -> dict[str, str]:
    return {r[0]: r[1] for r in table("honorific_titles.tsv") if len(r) >= 2}


@cache
def _title_re() -> re.Pattern[str]:
    words = sorted(_titles(), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


def _name_ending(text: str, end: int, known: set[str]) -> int:
    """Start of the name that ends at ``end``: a known name, or a surname + given name opening its clause."""
    surnames = lexicon()["surnames"]

    def is_name(s: int, n: int) -> bool:
        cand = text[s:end]
        return (all(is_cjk(c) for c in cand) and bool(starts_with(text, s, surnames)) and not looks_like_word(cand)
                and cand[-1] not in "委局会部办处")  # 区纪委委员: an organ before 委员, no name

    return name_ending_at(text, end, known, (2, 3), is_name)


def extract(article: Article, found: ArticleFacts) -> None:
    """Append honorific holdings (``form="honorific"``) and mentions to ``found``."""
    text = article.text
    kinds = _titles()
    known = set(found.known_names) | {h.person.text for h in found.holdings} | {p.person.text for p in found.persons}
    held: dict[tuple[str, str], set[str]] = {}
    for h in found.holdings:
        held.setdefault((h.person.text, h.title), set()).add(h.org)
    taken = SpanIndex((h.evidence.start - article.start, h.evidence.end - article.start) for h in found.holdings)
    seen: set[tuple[str, str]] = set()
    for m in _title_re().finditer(text):
        title = m.group(0)
        if not cue_after(text, m.end()) or taken.within((m.start(), m.start() + 1)):
            continue
        if text[m.start() - 1 : m.start()] in "副代":
            continue  # 黎副市长: a surname and a deputy's title name nobody in full
        listed = text[m.start() - 1 : m.start()] == "等"  # 滕某、陶某等代表先后发言: the names of a list
        start = _name_ending(text, m.start() - listed, known)
        if start < 0:
            continue
        if listed:
            _list_before(article, found, text, start, title, known)
        name = text[start : m.start() - listed]
        if (name, title) in seen:
            continue
        seen.add((name, title))
        person = article.mention(start, m.start() - listed, "person")
        orgs = held.get((name, title), set())
        if len(orgs) == 1:
            continue  # 陈刚书记 after 区委书记陈刚: the post is known already
        if kinds[title] == "level" and not orgs:
            org = title[0] + _GOVERNMENT
            found.holdings.append(Holding(person, org, title, article.mention(start, m.end(), "post"),
                                          form="honorific"))
        else:
            found.persons.append(PersonMention(person, title))


def _list_before(article: Article, found: ArticleFacts, text: str, end: int, title: str, known: set[str]) -> None:
    """The names joined by 、 before the last one of a list (which ends at ``end``), each a mention with ``title``."""
    while text[end - 1 : end] == "、" and (start := _name_ending(text, end - 1, known)) >= 0:
        found.persons.append(PersonMention(article.mention(start, end - 1, "person"), title))
        end = start

